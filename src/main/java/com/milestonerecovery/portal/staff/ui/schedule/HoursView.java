package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.scheduling.TimeRange;
import com.milestonerecovery.portal.scheduling.WorkingHours;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * A clinician's working hours inside the clinic's: coordinators set anyone's, a clinician their own. Times outside
 * them are neither offered nor accepted when booking.
 */
@Route(value = "staff/schedule/hours", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class HoursView extends VerticalLayout implements HasDynamicTitle {

    private final ScheduleService schedule;
    private final ComboBox<StaffMember> clinician = new ComboBox<>();
    private final Checkbox clinicHours = new Checkbox();
    private final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

    HoursView(ScheduleService schedule, CurrentUser currentUser) {
        this.schedule = schedule;
        addClassName("hours-view");
        add(new H1(getTranslation("schedule.hours.title")),
                new RouterLink(getTranslation("schedule.requests.back"), ScheduleView.class),
                new Paragraph(getTranslation("schedule.hours.help")));

        List<StaffMember> clinicians = schedule.clinicians();
        long me = currentUser.require().accountId();
        clinician.setLabel(getTranslation("schedule.hours.clinician"));
        clinician.setItems(currentUser.hasRole(Role.COORDINATOR) ? clinicians
                : clinicians.stream().filter(c -> c.id() == me).toList());
        clinician.setItemLabelGenerator(StaffMember::displayName);
        clinician.setId("hours-clinician");
        clinician.addValueChangeListener(e -> load());

        clinicHours.setLabel(getTranslation("schedule.hours.clinicHours"));
        clinicHours.setId("hours-clinic");
        clinicHours.addValueChangeListener(e -> days.values().forEach(f -> f.setEnabled(!e.getValue())));

        WorkingHours clinic = schedule.clinicHours();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            field.setHelperText(getTranslation("schedule.hours.clinicOpen", ranges(clinic, day)));
            field.setPlaceholder(getTranslation("schedule.hours.closed"));
            field.setMaxLength(60);
            field.setId("hours-" + day.name().toLowerCase(java.util.Locale.ROOT));
            days.put(day, field);
            form.add(field);
        }
        Button save = new Button(getTranslation("schedule.hours.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("hours-save");
        add(clinician, clinicHours, form, save);
        clinicians.stream().filter(c -> c.id() == me).findFirst().or(() -> clinicians.stream().findFirst())
                .ifPresent(clinician::setValue);
    }

    private void load() {
        if (clinician.getValue() == null) {
            return;
        }
        var own = schedule.ownHoursOf(clinician.getValue().id());
        clinicHours.setValue(own.isEmpty());
        days.forEach((day, field) -> {
            field.setInvalid(false);
            field.setValue(own.map(h -> ranges(h, day)).orElse(""));
        });
    }

    private void save() {
        if (clinician.getValue() == null) {
            return;
        }
        Map<DayOfWeek, List<TimeRange>> parsed = new EnumMap<>(DayOfWeek.class);
        if (!clinicHours.getValue()) {
            for (var entry : days.entrySet()) {
                try {
                    parsed.put(entry.getKey(), parse(entry.getValue().getValue()));
                    entry.getValue().setInvalid(false);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    entry.getValue().setErrorMessage(getTranslation("schedule.hours.error"));
                    entry.getValue().setInvalid(true);
                    return;
                }
            }
        }
        try {
            schedule.setHours(clinician.getValue().id(), new WorkingHours(parsed));
            Notifications.success(getTranslation("schedule.hours.saved"));
            load();
        } catch (RuleViolation e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** "08:00-12:00, 13:00-17:00" into ranges; blank is a day off. */
    static List<TimeRange> parse(String text) {
        List<TimeRange> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("expected HH:MM-HH:MM");
            }
            ranges.add(new TimeRange(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
        }
        new WorkingHours(Map.of(DayOfWeek.MONDAY, ranges)); // refuses overlaps
        return ranges;
    }

    private static String pad(String time) {
        String t = time.strip();
        return t.length() == 4 ? "0" + t : t;
    }

    private static String ranges(WorkingHours hours, DayOfWeek day) {
        return hours.on(day).stream().map(r -> r.start() + "-" + r.end()).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.hours.title");
    }
}
