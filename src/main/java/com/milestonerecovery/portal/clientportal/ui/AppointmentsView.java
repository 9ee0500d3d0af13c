package com.milestonerecovery.portal.clientportal.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Set;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.scheduling.ClientAppointment;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
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

import org.springframework.security.access.AccessDeniedException;

/**
 * My appointments: upcoming ones with "add to my calendar" and, until the cut-off, "request a different time" and
 * "cancel" (after it, the clinic's phone); and the last ones with how they went.
 */
@Route(value = "portal/appointments", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class AppointmentsView extends VerticalLayout implements HasDynamicTitle {

    private final ClientAppointmentService appointments;
    private final DateTimeFormatter when;
    private final String zoneLabel;
    private final ClinicProperties clinic;
    private Set<Long> pending = Set.of();

    AppointmentsView(ClientAppointmentService appointments, ClinicProperties clinic) {
        this.appointments = appointments;
        this.clinic = clinic;
        ZoneId zone = clinic.timeZone();
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        this.zoneLabel = zone.getDisplayName(TextStyle.FULL, getLocale());
        addClassName("appointments-view");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("appointments.title")),
                new Paragraph(getTranslation("appointments.zone", zoneLabel)));

        add(new H2(getTranslation("appointments.upcoming")));
        List<ClientAppointment> upcoming = appointments.upcoming();
        pending = upcoming.isEmpty() ? Set.of() : appointments.pendingRequests();
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
            card.add(changeOptions(a));
        } else {
            card.add(new Paragraph(getTranslation("appointment.status." + a.status().name())));
        }
        return card;
    }

    /** Ask for another time or cancel, before the cut-off; after it, the clinic's phone. */
    private Component changeOptions(ClientAppointment a) {
        Div box = new Div();
        box.addClassName("appointment-change");
        if (pending.contains(a.id())) {
            Paragraph p = new Paragraph(getTranslation("appointments.request.pending"));
            p.setId("request-pending-" + a.id());
            box.add(p);
        } else if (appointments.changeable(a)) {
            Button change = new Button(getTranslation("appointments.request.change"), e -> requestDialog(a));
            change.setId("request-change-" + a.id());
            Button cancel = new Button(getTranslation("appointments.request.cancel"), e -> cancelDialog(a));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("request-cancel-" + a.id());
            box.add(change, cancel);
        } else {
            Paragraph p = new Paragraph(getTranslation("appointments.request.callClinic",
                    appointments.changeCutoff().toHours(), clinic.phone()));
            p.setId("request-call-" + a.id());
            box.add(p);
        }
        return box;
    }

    private void requestDialog(ClientAppointment a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appointments.request.change"));
        dialog.setId("request-dialog");
        dialog.setWidth("min(30rem, 100vw)");
        TextArea note = new TextArea(getTranslation("appointments.request.note"));
        note.setHelperText(getTranslation("appointments.request.note.help", ClientAppointmentService.NOTE_MAX));
        note.setMaxLength(ClientAppointmentService.NOTE_MAX);
        note.setWidthFull();
        note.setId("request-note");
        dialog.add(new Paragraph(when.format(a.startsAt())), note);
        Button send = new Button(getTranslation("appointments.request.send"), e -> {
            if (attempt(() -> appointments.requestChange(a.id(), note.getValue()))) {
                Notifications.success(getTranslation("appointments.request.sent"));
                dialog.close();
                render();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("request-send");
        dialog.getFooter().add(new Button(getTranslation("appointments.request.close"), e -> dialog.close()), send);
        dialog.open();
    }

    private void cancelDialog(ClientAppointment a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appointments.request.cancel"));
        dialog.setId("cancel-dialog");
        dialog.setWidth("min(30rem, 100vw)");
        dialog.add(new Paragraph(when.format(a.startsAt())),
                new Paragraph(getTranslation("appointments.request.cancel.confirm")));
        Button yes = new Button(getTranslation("appointments.request.cancel.yes"), e -> {
            if (attempt(() -> appointments.cancel(a.id()))) {
                Notifications.success(getTranslation("appointments.request.cancelled"));
                dialog.close();
                render();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("cancel-yes");
        dialog.getFooter().add(new Button(getTranslation("appointments.request.cancel.no"), e -> dialog.close()), yes);
        dialog.open();
    }

    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("appointments.request.error.denied"));
        }
        render();
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appointments.title");
    }
}
