package com.milestonerecovery.portal.staff.ui.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.scheduling.AppointmentDetail;
import com.milestonerecovery.portal.scheduling.AppointmentStatus;
import com.milestonerecovery.portal.scheduling.RequestQueue;
import com.milestonerecovery.portal.scheduling.ScheduleEntry;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;
import com.milestonerecovery.portal.staff.ui.ClientDetailView;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The clinic's schedule for coordinators and clinicians: a day or a week, for one clinician or everyone, built from
 * core components (a CSS grid of columns holding appointment cards with their actions, and free times as "book"
 * buttons in the one-clinician day view). Every action goes through {@link ScheduleService}, which checks the
 * caseload rule again.
 */
@Route(value = "staff/schedule", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
@StyleSheet("schedule.css")
public class ScheduleView extends VerticalLayout implements HasDynamicTitle {

    static final String DAY = "day";
    static final String WEEK = "week";

    private final ScheduleService schedule;
    private final ClientRoster roster;
    private final ScheduleFormat format;
    private final Clock clock;
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<String> range = new RadioButtonGroup<>();
    private final Select<StaffMember> clinician = new Select<>();
    private final Div grid = new Div();
    private final RouterLink requests;
    private final RequestQueue queue;
    private final List<StaffMember> clinicians;

    ScheduleView(ScheduleService schedule, RequestQueue queue, ClientRoster roster, ClinicProperties clinic,
            Clock clock) {
        this.schedule = schedule;
        this.queue = queue;
        this.roster = roster;
        this.clock = clock;
        this.format = new ScheduleFormat(getLocale(), clinic.timeZone());
        this.clinicians = schedule.clinicians();
        addClassName("schedule-view");
        setWidthFull();

        date.setLabel(getTranslation("schedule.field.date"));
        date.setValue(LocalDate.now(clock.withZone(clinic.timeZone())));
        date.setId("schedule-date");
        range.setLabel(getTranslation("schedule.range"));
        range.setItems(DAY, WEEK);
        range.setItemLabelGenerator(r -> getTranslation("schedule.range." + r));
        range.setValue(DAY);
        range.setId("schedule-range");
        clinician.setLabel(getTranslation("schedule.field.clinician"));
        clinician.setItems(clinicians);
        clinician.setEmptySelectionAllowed(true);
        clinician.setEmptySelectionCaption(getTranslation("schedule.wholeClinic"));
        clinician.setItemLabelGenerator(m -> m == null ? getTranslation("schedule.wholeClinic") : m.displayName());
        clinician.setId("schedule-clinician");

        Button previous = new Button(getTranslation("schedule.previous"), e -> shift(-1));
        previous.setId("schedule-previous");
        Button today = new Button(getTranslation("schedule.today"),
                e -> date.setValue(LocalDate.now(clock.withZone(clinic.timeZone()))));
        today.setId("schedule-today");
        Button next = new Button(getTranslation("schedule.next"), e -> shift(1));
        next.setId("schedule-next");
        Button book = new Button(getTranslation("schedule.book.open"), e -> openBooking(null, null));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("schedule-book");
        requests = new RouterLink("", RequestsView.class);
        requests.setId("schedule-requests");

        RouterLink hours = new RouterLink(getTranslation("schedule.hours.link"), HoursView.class);
        hours.setId("schedule-hours");
        FlexLayout toolbar = new FlexLayout(date, range, clinician, previous, today, next, book, requests, hours);
        toolbar.addClassName("schedule-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Paragraph zone = new Paragraph(getTranslation("schedule.zone", clinic.timeZone().getId()));
        grid.setId("schedule-grid");
        grid.addClassName("schedule-grid");
        add(new H1(getTranslation("schedule.title")), toolbar, zone, grid);

        date.addValueChangeListener(e -> refresh());
        range.addValueChangeListener(e -> refresh());
        clinician.addValueChangeListener(e -> refresh());
        refresh();
    }

    private void shift(int direction) {
        LocalDate from = date.getValue() == null ? LocalDate.now(clock.withZone(format.zone())) : date.getValue();
        date.setValue(from.plusDays((long) direction * (WEEK.equals(range.getValue()) ? 7 : 1)));
    }

    void refresh() {
        requests.setText(getTranslation("schedule.requests.link", queue.count()));
        grid.removeAll();
        LocalDate from = date.getValue() == null ? LocalDate.now(clock.withZone(format.zone())) : date.getValue();
        boolean week = WEEK.equals(range.getValue());
        StaffMember one = clinician.getValue();
        List<ScheduleEntry> entries = schedule.schedule(from, week ? 7 : 1, one == null ? null : one.id());
        grid.getElement().setAttribute("data-columns", week ? "7" : one == null ? String.valueOf(clinicians.size())
                : "1");
        if (week) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = from.plusDays(d);
                grid.add(column(format.day(day), "day-" + day, entries.stream()
                        .filter(e -> LocalDate.ofInstant(e.startsAt(), format.zone()).equals(day)).toList(), true,
                        List.of(), one == null ? null : one.id(), day));
            }
        } else if (one == null) {
            for (StaffMember m : clinicians) {
                grid.add(column(m.displayName(), "clinician-" + m.id(),
                        entries.stream().filter(e -> e.clinicianId() == m.id()).toList(), false, List.of(), m.id(),
                        from));
            }
        } else {
            List<Instant> free = schedule.freeSlots(one.id(), null, from, SlotPicker.LENGTHS.get(1), null);
            grid.add(column(format.day(from) + " · " + one.displayName(), "clinician-" + one.id(), entries, false,
                    free, one.id(), from));
        }
    }

    private Component column(String title, String id, List<ScheduleEntry> entries, boolean showClinician,
            List<Instant> free, Long clinicianId, LocalDate day) {
        Div column = new Div();
        column.addClassName("schedule-column");
        column.setId("col-" + id);
        H2 heading = new H2(title);
        column.add(heading);
        List<Component> items = new ArrayList<>();
        int e = 0;
        int f = 0;
        while (e < entries.size() || f < free.size()) {
            if (f >= free.size() || e < entries.size() && !entries.get(e).startsAt().isAfter(free.get(f))) {
                items.add(card(entries.get(e++), showClinician));
            } else {
                items.add(freeSlot(clinicianId, free.get(f++)));
            }
        }
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("schedule.empty"));
            none.addClassName("schedule-empty");
            items.add(none);
        }
        items.forEach(column::add);
        return column;
    }

    private Component freeSlot(Long clinicianId, Instant start) {
        Button b = new Button(getTranslation("schedule.free", format.time(start)),
                e -> openBooking(clinicianId, start));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.addClassName("schedule-free");
        b.setId("free-" + start.getEpochSecond());
        return b;
    }

    private Component card(ScheduleEntry entry, boolean showClinician) {
        Div card = new Div();
        card.addClassName("schedule-entry");
        card.addClassName("status-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        card.setId("appt-" + entry.appointmentId());
        Span when = new Span(format.time(entry.startsAt()) + "–" + format.time(entry.endsAt()));
        when.addClassName("schedule-time");
        card.add(when);
        if (entry.detailsVisible()) {
            RouterLink who = new RouterLink(entry.clientName() + " (" + entry.clientReference() + ")",
                    ClientDetailView.class, new RouteParameters("id", String.valueOf(entry.clientId())));
            who.setQueryParameters(QueryParameters.of("section", "appointments"));
            card.add(who, new Span(getTranslation("appointment.type." + entry.type().name())));
        } else {
            card.add(new Span(getTranslation("schedule.busy")));
        }
        if (showClinician) {
            card.add(new Span(entry.clinicianName()));
        }
        if (entry.telehealth()) {
            card.add(new Span(getTranslation("schedule.telehealth")));
        }
        if (entry.status() != AppointmentStatus.SCHEDULED) {
            Span status = new Span(getTranslation("appointment.status." + entry.status().name()));
            status.getElement().getThemeList().add("badge");
            card.add(status);
        }
        if (entry.openRequest()) {
            Span request = new Span(getTranslation("schedule.requested"));
            request.getElement().getThemeList().add("badge contrast");
            card.add(request);
        }
        if (entry.detailsVisible() && entry.status() == AppointmentStatus.SCHEDULED) {
            Div actions = new Div();
            actions.addClassName("schedule-actions");
            actions.add(action("schedule.action.move", "move-", entry, id -> new MoveDialog(schedule, format,
                    schedule.detail(id), this::refresh).open()));
            actions.add(action("schedule.action.cancel", "cancel-", entry, id -> statusDialog(id, "cancel")));
            if (!entry.startsAt().isAfter(clock.instant())) {
                actions.add(action("schedule.action.complete", "complete-", entry, id -> statusDialog(id, "complete")));
                actions.add(action("schedule.action.noShow", "noshow-", entry, id -> statusDialog(id, "noShow")));
            }
            card.add(actions);
        }
        return card;
    }

    private Button action(String key, String idPrefix, ScheduleEntry entry, java.util.function.LongConsumer run) {
        Button b = new Button(getTranslation(key), e -> format.run(this, () -> run.accept(entry.appointmentId())));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId(idPrefix + entry.appointmentId());
        b.setAriaLabel(getTranslation(key) + " " + format.time(entry.startsAt()) + " " + entry.clientName());
        return b;
    }

    private void statusDialog(long id, String kind) {
        boolean cancel = "cancel".equals(kind);
        ReasonDialog[] dialog = new ReasonDialog[1];
        dialog[0] = new ReasonDialog(getTranslation("schedule." + kind + ".title"),
                getTranslation("schedule." + kind + ".explain"),
                getTranslation(cancel ? "schedule.field.reason" : "schedule.field.note"), cancel,
                getTranslation("schedule." + kind + ".confirm"), kind, text -> {
                    boolean ok = format.run(this, () -> {
                        switch (kind) {
                            case "cancel" -> schedule.cancel(id, text);
                            case "complete" -> schedule.complete(id, text);
                            default -> schedule.noShow(id, text);
                        }
                    });
                    if (ok) {
                        Notifications.success(getTranslation("schedule." + kind + ".done"));
                        dialog[0].close();
                        refresh();
                    }
                });
        dialog[0].open();
    }

    private void openBooking(Long clinicianId, Instant start) {
        new BookingDialog(schedule, roster, format, null, (AppointmentDetail d) -> refresh())
                .preselect(clinicianId != null ? clinicianId : clinician.getValue() == null ? null
                        : clinician.getValue().id(), date.getValue(), start).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title");
    }
}
