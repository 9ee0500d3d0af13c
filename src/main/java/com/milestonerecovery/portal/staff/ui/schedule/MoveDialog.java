package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.Duration;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.scheduling.AppointmentDetail;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Moving an appointment: a free time (the appointment's own slot counts as free) and why. */
public class MoveDialog extends Dialog {

    public MoveDialog(ScheduleService schedule, ScheduleFormat format, AppointmentDetail appointment,
            Runnable moved) {
        setHeaderTitle(getTranslation("schedule.move.title"));
        setId("move-dialog");
        setWidth("min(36rem, 100vw)");
        SlotPicker slot = new SlotPicker(schedule, format, "move");
        slot.forClient(appointment.clientId(), appointment.id());
        slot.select(appointment.clinicianId(), appointment.startsAt(),
                Duration.between(appointment.startsAt(), appointment.endsAt()));
        Paragraph now = new Paragraph(getTranslation("schedule.move.current", appointment.clientName(),
                format.dateTime(appointment.startsAt()), appointment.clinicianName()));
        TextArea reason = new TextArea(getTranslation("schedule.field.reason"));
        reason.setRequired(true);
        reason.setMaxLength(ScheduleService.REASON_MAX);
        reason.setWidthFull();
        reason.setId("move-reason");
        add(now, slot, reason);
        Button save = new Button(getTranslation("schedule.move.save"), e -> {
            if (slot.time.getValue() == null) {
                slot.time.setInvalid(true);
                slot.time.setErrorMessage(getTranslation("schedule.error.startRequired"));
                return;
            }
            if (format.run(this, () -> schedule.reschedule(appointment.id(), slot.clinicianId(),
                    slot.time.getValue(), slot.length.getValue(), reason.getValue()))) {
                Notifications.success(getTranslation("schedule.move.done", format.dateTime(slot.time.getValue())));
                close();
                moved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("move-save");
        getFooter().add(new Button(getTranslation("schedule.dialog.close"), e -> close()), save);
    }
}
