package com.milestonerecovery.portal.clientportal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.scheduling.ClientAppointment;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/** My appointments: upcoming ones with "add to my calendar", and the last ones with how they went. */
@Route(value = "portal/appointments", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class AppointmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ClientAppointmentService appointments;
    private final DateTimeFormatter when;
    private final String zoneLabel;

    AppointmentsView(ClientAppointmentService appointments, ClinicProperties clinic) {
        this.appointments = appointments;
        ZoneId zone = clinic.timeZone();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        this.zoneLabel = zone.getDisplayName(TextStyle.FULL, getLocale());
        addClassName("appointments-view");
        setPadding(false);
        add(new H1(getTranslation("appointments.title")),
                new Paragraph(getTranslation("appointments.zone", zoneLabel)));

        add(new H2(getTranslation("appointments.upcoming")));
        List<ClientAppointment> upcoming = appointments.upcoming();
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("appointments.none")));
        }
        Div upcomingList = new Div();
        upcomingList.setId("upcoming-appointments");
        upcomingList.addClassName("card-grid");
        upcoming.forEach(a -> upcomingList.add(card(a, true)));
        add(upcomingList);

        add(new H2(getTranslation("appointments.past")));
        Div pastList = new Div();
        pastList.setId("past-appointments");
        pastList.addClassName("card-grid");
        appointments.past(0, 20).forEach(a -> pastList.add(card(a, false)));
        add(pastList);
    }

    private Component card(ClientAppointment a, boolean upcoming) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(getTranslation("appointment.type." + a.type().name())),
                new Paragraph(when.format(a.startsAt())));
        if (a.clinicianName() != null) {
            card.add(new Paragraph(getTranslation("appointments.with", a.clinicianName())));
        }
        if (a.location() != null) {
            card.add(new Paragraph(getTranslation("appointments.where", a.location())));
        }
        if (a.telehealthUrl() != null && upcoming) {
            Anchor join = new Anchor(a.telehealthUrl(), getTranslation("appointments.join"));
            join.setTarget("_blank");
            join.getElement().setAttribute("rel", "noopener noreferrer");
            card.add(join);
        }
        if (upcoming) {
            String title = getTranslation("appointments.ics.title");
            String description = getTranslation("appointments.ics.description");
            Anchor ics = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = appointments.calendarFile(a.id(), title, description).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "appointment.ics",
                        "text/calendar;charset=utf-8", bytes.length);
            }), getTranslation("appointments.addToCalendar"));
            ics.setId("ics-" + a.id());
            card.add(ics);
        } else {
            card.add(new Paragraph(getTranslation("appointment.status." + a.status().name())));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.title");
    }
}
