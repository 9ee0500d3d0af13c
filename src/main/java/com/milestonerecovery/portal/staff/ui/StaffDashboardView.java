package com.milestonerecovery.portal.staff.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.PushOnDemand;
import com.milestonerecovery.portal.base.ui.SecuredUiAccess;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.DashboardPanels;
import com.milestonerecovery.portal.staff.DashboardPanels.Panel;
import com.milestonerecovery.portal.staff.DashboardPanels.Scope;
import com.milestonerecovery.portal.staff.DashboardSignals;
import com.milestonerecovery.portal.staff.StaffDashboard;
import com.milestonerecovery.portal.staff.ui.admin.OutboxView;
import com.milestonerecovery.portal.staff.ui.admin.UsersView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The start of a shift: who needs attention, why, and a link to act. Figures update by themselves when the data
 * changes (see {@link DashboardSignals}: one database check per server, pushed to open dashboards).
 */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR, Roles.ADMIN})
public class StaffDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final StaffDashboard dashboard;
    private final DashboardSignals signals;
    private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    private final Div panels = new Div();
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private AutoCloseable subscription;

    StaffDashboardView(CurrentUser currentUser, StaffDashboard dashboard, DashboardSignals signals,
            ClinicProperties clinic) {
        this.dashboard = dashboard;
        this.signals = signals;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clinic.timeZone());
        addClassName("staff-dashboard");
        add(new H1(getTranslation("staff.dashboard.greeting", currentUser.displayName())));
        boolean careTeam = currentUser.hasRole(Role.CLINICIAN) || currentUser.hasRole(Role.COORDINATOR);
        if (!careTeam) {
            add(new Paragraph(getTranslation("staff.dashboard.adminOnly")),
                    new Div(new RouterLink(getTranslation("nav.users"), UsersView.class)),
                    new Div(new RouterLink(getTranslation("nav.outbox"), OutboxView.class)));
            return;
        }
        if (currentUser.hasRole(Role.CLINICIAN)) {
            scope.setLabel(getTranslation("staff.dashboard.scope"));
            scope.setItems(Scope.CASELOAD, Scope.CLINIC);
            scope.setItemLabelGenerator(s -> getTranslation("staff.dashboard.scope." + s.name()));
            scope.setValue(Scope.CASELOAD);
            scope.setId("dashboard-scope");
            scope.addValueChangeListener(e -> refresh());
            add(scope);
        }
        panels.addClassName("dashboard-panels");
        panels.setId("dashboard-panels");
        add(panels);
    }

    private void refresh() {
        DashboardPanels p = dashboard.panels(scope.getValue() == null ? Scope.CASELOAD : scope.getValue());
        panels.removeAll();
        if (p.urgentFlags() != null) {
            panels.add(card("flags", p.urgentFlags(), f -> clientLink(f.clientId(), f.preferredName(), "flags",
                    getTranslation("staff.flag.reason." + f.reason()) + " · " + dateTime.format(f.raisedAt()))));
        }
        if (p.lowAdherence() != null) {
            panels.add(card("adherence", p.lowAdherence(), c -> clientLink(c.clientId(), c.preferredName(), "doses",
                    getTranslation("staff.dashboard.adherence.detail", c.detail()))));
        }
        panels.add(card("appointments", p.todaysAppointments(), a -> clientLink(a.clientId(), a.preferredName(),
                "appointments", time.format(a.startsAt()) + " · " + getTranslation("appointment.type." + a.type())
                        + " · " + a.clinicianName())));
        panels.add(card("followups", p.overdueFollowUps(), c -> clientLink(c.clientId(), c.preferredName(),
                "appointments", getTranslation("staff.dashboard.followups.detail", c.detail()))));
        panels.add(card("requests", p.newRequests(), r -> {
            RouterLink link = new RouterLink(r.preferredName() + " (" + r.reference() + ")", ConsultationsView.class);
            return new Div(link, detail(dateTime.format(r.receivedAt())));
        }));
    }

    private <T> Component card(String key, Panel<T> panel, Function<T, Component> row) {
        Div card = new Div();
        card.addClassName("dashboard-card");
        card.setId("panel-" + key);
        Span count = new Span(String.valueOf(panel.count()));
        count.addClassName("dashboard-count");
        count.getElement().setAttribute("aria-label", getTranslation("staff.dashboard.count", panel.count()));
        H2 heading = new H2(getTranslation("staff.dashboard.panel." + key));
        heading.addComponentAsFirst(count);
        card.add(heading);
        if (panel.rows().isEmpty()) {
            card.add(new Paragraph(getTranslation("staff.dashboard.panel." + key + ".empty")));
            return card;
        }
        UnorderedList list = new UnorderedList();
        List<T> rows = panel.rows();
        rows.forEach(r -> list.add(new ListItem(row.apply(r))));
        card.add(list);
        if (panel.count() > rows.size()) {
            card.add(new Paragraph(getTranslation("staff.dashboard.more", panel.count() - rows.size())));
        }
        return card;
    }

    private Component clientLink(long clientId, String name, String section, String text) {
        RouterLink link = new RouterLink(name, ClientDetailView.class, new RouteParameters("id", String.valueOf(clientId)));
        link.setQueryParameters(QueryParameters.of("section", section));
        return new Div(link, detail(text));
    }

    private static Span detail(String text) {
        Span span = new Span(" · " + text);
        span.addClassName("dashboard-detail");
        return span;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (panels.getParent().isPresent()) {
            PushOnDemand.enable(event.getUI());
            // Subscribe, then read: a change in between means one extra refresh, never a missed one.
            subscription = signals.subscribe(SecuredUiAccess.bind(event.getUI(), this::refresh));
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // removing from a set cannot fail
            }
            subscription = null;
            PushOnDemand.disable(event.getUI());
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.dashboard.title");
    }
}
