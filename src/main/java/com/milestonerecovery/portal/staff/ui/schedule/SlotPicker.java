package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.security.StaffMember;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Clinician, day, length and one of the free start times that the service offers for them (inside working hours,
 * not clashing with the clinician's or the client's other appointments). Used by booking and moving.
 */
class SlotPicker extends FormLayout {

    static final List<Duration> LENGTHS = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofMinutes(45), Duration.ofMinutes(60), Duration.ofMinutes(90));

    final Select<StaffMember> clinician = new Select<>();
    final DatePicker date = new DatePicker();
    final Select<Duration> length = new Select<>();
    final Select<Instant> time = new Select<>();
    private final ScheduleService schedule;
    private final ScheduleFormat format;
    private Long clientId;
    private Long ignoreAppointmentId;

    SlotPicker(ScheduleService schedule, ScheduleFormat format, String idPrefix) {
        this.schedule = schedule;
        this.format = format;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        List<StaffMember> clinicians = schedule.clinicians();
        clinician.setLabel(getTranslation("schedule.field.clinician"));
        clinician.setItems(clinicians);
        clinician.setItemLabelGenerator(StaffMember::displayName);
        clinician.setId(idPrefix + "-clinician");
        date.setLabel(getTranslation("schedule.field.date"));
        date.setId(idPrefix + "-date");
        date.setMin(LocalDate.now(format.zone()));
        date.setRequiredIndicatorVisible(true);
        length.setLabel(getTranslation("schedule.field.length"));
        length.setItems(LENGTHS);
        length.setItemLabelGenerator(d -> getTranslation("schedule.minutes", d.toMinutes()));
        length.setValue(Duration.ofMinutes(30));
        length.setId(idPrefix + "-length");
        time.setLabel(getTranslation("schedule.field.time"));
        time.setItemLabelGenerator(format::time);
        time.setId(idPrefix + "-time");
        time.setEmptySelectionAllowed(false);
        clinician.addValueChangeListener(e -> refresh(null));
        date.addValueChangeListener(e -> refresh(null));
        length.addValueChangeListener(e -> refresh(null));
        add(clinician, date, length, time);
    }

    void forClient(Long clientId, Long ignoreAppointmentId) {
        this.clientId = clientId;
        this.ignoreAppointmentId = ignoreAppointmentId;
        refresh(time.getValue());
    }

    void select(long clinicianId, Instant start, Duration len) {
        clinician.getListDataView().getItems().filter(m -> m.id() == clinicianId).findFirst()
                .ifPresent(clinician::setValue);
        length.setValue(len);
        date.setValue(LocalDate.ofInstant(start, format.zone()));
        refresh(start);
    }

    /** Reloads the free times; keeps {@code keep} selected when it is still free. */
    void refresh(Instant keep) {
        if (clinician.getValue() == null || date.getValue() == null || length.getValue() == null) {
            time.setItems(List.of());
            time.setHelperText(getTranslation("schedule.field.time.choose"));
            return;
        }
        List<Instant> free = schedule.freeSlots(clinician.getValue().id(), clientId, date.getValue(),
                length.getValue(), ignoreAppointmentId);
        time.setItems(free);
        time.setHelperText(free.isEmpty() ? getTranslation("schedule.field.time.none")
                : getTranslation("schedule.field.time.help", format.zone().getId()));
        if (keep != null && free.contains(keep)) {
            time.setValue(keep);
        }
    }

    /** Hides the length and time while a group session (which has its own) is chosen. */
    void setVisibleTimes(boolean visible) {
        length.setVisible(visible);
        time.setVisible(visible);
    }

    Long clinicianId() {
        return clinician.getValue() == null ? null : clinician.getValue().id();
    }
}
