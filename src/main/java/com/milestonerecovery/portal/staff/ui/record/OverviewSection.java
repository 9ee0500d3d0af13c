package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.client.ClientProfile;
import com.milestonerecovery.portal.client.ClientRoster;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The figures at a glance and the trends over the last weeks. */
class OverviewSection extends Div {

    OverviewSection(RecordServices services, ClientProfile profile, RecordFormat format) {
        setId("section-overview");
        add(new H2(getTranslation("staff.record.overview")));
        Div figures = new Div();
        figures.addClassName("figures");
        figures.add(figure("staff.clients.adherence", profile.adherence7d() == null ? "–" : profile.adherence7d() + " %",
                profile.adherence7d() != null && profile.adherence7d() < ClientRoster.LOW_ADHERENCE));
        figures.add(figure("staff.clients.openFlags", String.valueOf(profile.openFlags()),
                profile.openFlags() != null && profile.openFlags() > 0));
        figures.add(figure("staff.clients.lastCheckIn", profile.lastCheckInAt() == null
                ? getTranslation("staff.clients.never") : format.dateTime(profile.lastCheckInAt()), false));
        add(figures);
        add(new TrendsPanel(services, profile.id()));
    }

    private Div figure(String labelKey, String value, boolean attention) {
        Div figure = new Div();
        figure.addClassName("figure");
        if (attention) {
            figure.addClassName("attention");
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Span number = new Span(value);
        number.addClassName("figure-value");
        figure.add(label, number);
        return figure;
    }
}
