package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ClientProfile;
import com.milestonerecovery.portal.client.ClientRow;
import com.milestonerecovery.portal.scheduling.AppointmentStatus;
import com.milestonerecovery.portal.scheduling.ClientAppointment;
import com.milestonerecovery.portal.scheduling.FollowUpCadence;
import com.milestonerecovery.portal.staff.ui.schedule.BookingDialog;
import com.milestonerecovery.portal.staff.ui.schedule.MoveDialog;
import com.milestonerecovery.portal.staff.ui.schedule.ScheduleFormat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The client's appointments, newest first, with booking (including "schedule next" after the client's follow-up
 * cadence), moving, and the cadence itself.
 */
class AppointmentsSection extends Div {

    AppointmentsSection(RecordServices services, ClientProfile profile, RecordFormat format) {
        setId("section-appointments");
        long clientId = profile.id();
        ScheduleFormat scheduleFormat = new ScheduleFormat(getLocale(), services.clinic().timeZone());
        Grid<ClientAppointment> grid = new Grid<>();
        grid.addColumn(a -> format.dateTime(a.startsAt())).setHeader(getTranslation("staff.record.when"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("appointment.type." + a.type().name()))
                .setHeader(getTranslation("staff.record.type"));
        grid.addColumn(a -> a.clinicianName() == null ? "" : a.clinicianName())
                .setHeader(getTranslation("staff.clients.clinician"));
        grid.addColumn(a -> getTranslation("appointment.status." + a.status().name()))
                .setHeader(getTranslation("staff.record.status"));
        grid.addColumn(a -> a.location() != null ? a.location() : a.telehealthUrl() != null
                ? getTranslation("staff.record.telehealth") : "").setHeader(getTranslation("staff.record.where"));
        grid.addComponentColumn(a -> {
            if (a.status() != AppointmentStatus.SCHEDULED || a.startsAt().isBefore(services.clock().instant())) {
                return new Div();
            }
            Button move = new Button(getTranslation("schedule.action.move"), e -> scheduleFormat.run(this,
                    () -> new MoveDialog(services.schedule(), scheduleFormat, services.schedule().detail(a.id()),
                            grid.getDataProvider()::refreshAll).open()));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            move.setId("record-move-" + a.id());
            return move;
        }).setHeader(getTranslation("schedule.requests.actions")).setAutoWidth(true);
        grid.setItems(q -> services.appointments().appointmentsOf(clientId, q.getPage(), q.getPageSize()).stream());
        grid.setAriaLabel(getTranslation("staff.record.appointments"));
        grid.setHeight("20rem");

        ClientRow row = new ClientRow(profile.id(), profile.reference(), profile.preferredName(), profile.clinicianId(),
                profile.clinicianName(), null, null, null);
        Button book = new Button(getTranslation("schedule.book.open"), e -> new BookingDialog(services.schedule(),
                services.roster(), scheduleFormat, row, d -> grid.getDataProvider().refreshAll()).open());
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("record-book");
        IntegerField cadence = new IntegerField(getTranslation("schedule.cadence"));
        cadence.setMin(FollowUpCadence.MIN_DAYS);
        cadence.setMax(FollowUpCadence.MAX_DAYS);
        cadence.setStepButtonsVisible(true);
        cadence.setValue(profile.followUpDays());
        cadence.setHelperText(getTranslation("schedule.cadence.help"));
        cadence.setId("record-cadence");
        Button saveCadence = new Button(getTranslation("schedule.cadence.save"), e -> {
            if (cadence.getValue() != null && scheduleFormat.run(this,
                    () -> services.schedule().setFollowUpDays(clientId, cadence.getValue()))) {
                Notifications.success(getTranslation("schedule.cadence.saved"));
            }
        });
        saveCadence.setId("record-cadence-save");
        FlexLayout tools = new FlexLayout(book, cadence, saveCadence);
        tools.addClassName("schedule-toolbar");
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H2(getTranslation("staff.record.appointments")), tools, grid);
    }
}
