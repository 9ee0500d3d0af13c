package com.milestonerecovery.portal.staff.ui.schedule;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.scheduling.RequestQueue;
import com.milestonerecovery.portal.scheduling.ScheduleRequest;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.ui.ClientDetailView;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * Clients' requests to move or cancel, oldest first, paged by the database. "Move" opens the appointment's move
 * dialog (which closes the request); "Close" records what was done instead.
 */
@Route(value = "staff/schedule/requests", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
@StyleSheet("schedule.css")
public class RequestsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<ScheduleRequest> grid = new Grid<>();

    RequestsView(RequestQueue queue, ScheduleService schedule, ClinicProperties clinic) {
        ScheduleFormat format = new ScheduleFormat(getLocale(), clinic.timeZone());
        addClassName("requests-view");
        setSizeFull();
        RouterLink back = new RouterLink(getTranslation("schedule.requests.back"), ScheduleView.class);
        Paragraph help = new Paragraph(getTranslation("schedule.requests.help", clinic.timeZone().getId()));

        grid.addColumn(r -> format.dateTime(r.createdAt())).setHeader(getTranslation("schedule.requests.received"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.clientName() + " (" + r.clientReference() + ")", ClientDetailView.class,
                    new RouteParameters("id", String.valueOf(r.clientId())));
            return link;
        }).setHeader(getTranslation("schedule.field.client")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("schedule.requests.kind." + r.kind().name()))
                .setHeader(getTranslation("schedule.requests.kind"));
        grid.addColumn(r -> format.dateTime(r.startsAt()) + " · " + r.clinicianName()
                + (r.appointmentStatus().name().equals("SCHEDULED") ? ""
                        : " · " + getTranslation("appointment.status." + r.appointmentStatus().name())))
                .setHeader(getTranslation("schedule.requests.appointment")).setAutoWidth(true);
        grid.addColumn(r -> r.clientNote() == null ? "" : r.clientNote())
                .setHeader(getTranslation("schedule.requests.note")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Div actions = new Div();
            actions.addClassName("schedule-actions");
            if (r.appointmentStatus().name().equals("SCHEDULED")) {
                Button move = new Button(getTranslation("schedule.action.move"), e -> format.run(this,
                        () -> new MoveDialog(schedule, format, schedule.detail(r.appointmentId()),
                                grid.getDataProvider()::refreshAll).open()));
                move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                move.setId("request-move-" + r.id());
                actions.add(move);
            }
            Button close = new Button(getTranslation("schedule.requests.close"), e -> {
                ReasonDialog[] d = new ReasonDialog[1];
                d[0] = new ReasonDialog(getTranslation("schedule.requests.close.title"),
                        getTranslation("schedule.requests.close.explain"), getTranslation("schedule.field.outcome"),
                        true, getTranslation("schedule.requests.close"), "request-close", text -> {
                            if (format.run(this, () -> queue.close(r.id(), text))) {
                                Notifications.success(getTranslation("schedule.requests.closed"));
                                d[0].close();
                                grid.getDataProvider().refreshAll();
                            }
                        });
                d[0].open();
            });
            close.addThemeVariants(ButtonVariant.LUMO_SMALL);
            close.setId("request-close-" + r.id());
            actions.add(close);
            return actions;
        }).setHeader(getTranslation("schedule.requests.actions")).setAutoWidth(true);
        grid.setItems(q -> queue.open(q.getPage(), q.getPageSize()).stream());
        grid.setAriaLabel(getTranslation("schedule.requests.title"));
        grid.setId("requests-grid");
        grid.setEmptyStateText(getTranslation("schedule.requests.none"));
        add(new H1(getTranslation("schedule.requests.title")), back, help, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.requests.title");
    }
}
