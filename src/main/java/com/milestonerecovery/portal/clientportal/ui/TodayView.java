package com.milestonerecovery.portal.clientportal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.monitoring.Adherence;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CareTeamReply;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.AsNeededItem;
import com.milestonerecovery.portal.monitoring.DoseRuleException;
import com.milestonerecovery.portal.monitoring.DoseService;
import com.milestonerecovery.portal.monitoring.DoseSlot;
import com.milestonerecovery.portal.monitoring.DoseStatus;
import com.milestonerecovery.portal.monitoring.TodayOverview;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The client's day: the doses due today with one-tap "taken" and "skipped", undo for a few minutes,
 * as-needed medications with their daily maximum, and adherence for the last 7 and 30 days.
 */
@Route(value = "portal", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class TodayView extends Div implements HasDynamicTitle {

    private final DoseService doses;
    private final ZoneId zone;
    private final H1 greeting;
    private final Clock clock;

    private final ClientAppointmentService appointments;

    private final CareTeamNoteService notes;
    private final CareTeamReview replies;

    TodayView(CurrentUser currentUser, DoseService doses, ClientAppointmentService appointments,
            CareTeamNoteService notes, CareTeamReview replies, ClinicProperties clinic, Clock clock) {
        this.notes = notes;
        this.replies = replies;
        this.doses = doses;
        this.appointments = appointments;
        this.zone = clinic.timeZone();
        this.clock = clock;
        addClassName("today-view");
        greeting = new H1(getTranslation("portal.today.greeting", currentUser.displayName()));
        refresh();
    }

    /*
     * Kept small on purpose (issue 8, memory per session): every element here stays in the session's server-side
     * tree while the page is open, so the page is one flat list under the view (no inner wrapper), the cards hold
     * their texts and buttons directly (the layout is CSS), and nothing is built before it is needed (the skip
     * dialog is created when opened; formatters are made per refresh, not kept in fields).
     */
    private void refresh() {
        TodayOverview today = doses.today();
        DateTimeFormatter timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        DateTimeFormatter dayTimeFormat = DateTimeFormatter.ofPattern("EEE HH:mm", getLocale()).withZone(zone);
        removeAll();
        add(greeting);
        Paragraph date = new Paragraph(today.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(getLocale())));
        date.addClassName("today-date");
        add(date);
        appointments.next().ifPresent(next -> {
            Paragraph line = new Paragraph(getTranslation("appointments.next",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(getLocale())
                            .withZone(zone).format(next.startsAt())));
            line.setId("next-appointment");
            line.addClassName("next-appointment");
            add(line);
        });
        notes.myLatest().ifPresent(note -> {
            Div box = new Div();
            box.setId("care-team-note");
            box.addClassName("care-team-note");
            Paragraph from = new Paragraph(getTranslation("portal.today.noteFrom", note.authorName()));
            from.addClassName("note-from");
            Paragraph body = new Paragraph(note.body());
            body.addClassName("preserve-lines");
            box.add(from, body);
            add(box);
        });
        List<CareTeamReply> recent = replies.myReplies(getLocale(), 3);
        if (!recent.isEmpty()) {
            Div box = new Div();
            box.setId("care-team-replies");
            box.addClassName("care-team-note");
            box.add(new H2(getTranslation("portal.today.replies")));
            for (CareTeamReply reply : recent) {
                Paragraph about = new Paragraph(getTranslation("portal.today.replyAbout." + reply.kind(),
                        reply.about() == null ? "" : reply.about(), dayTimeFormat.format(reply.at())));
                about.addClassName("note-from");
                Paragraph body = new Paragraph(reply.response());
                body.addClassName("preserve-lines");
                box.add(about, body);
            }
            add(box);
        }
        add(adherence(today.lastWeek(), today.lastMonth()));

        H2 dueHeading = new H2(getTranslation("portal.today.doses"));
        add(dueHeading);
        if (today.scheduled().isEmpty()) {
            add(new Paragraph(getTranslation("portal.today.noDoses")));
        }
        Div list = new Div();
        list.addClassName("dose-list");
        today.scheduled().forEach(slot -> list.add(doseCard(slot, timeFormat, dayTimeFormat)));
        add(list);

        List<DoseSlot> unrecorded = doses.unrecordedRecent();
        if (!unrecorded.isEmpty()) {
            add(new H2(getTranslation("portal.today.unrecorded")),
                    new Paragraph(getTranslation("portal.today.unrecordedHelp")));
            Div late = new Div();
            late.addClassName("dose-list");
            late.setId("unrecorded-doses");
            unrecorded.forEach(slot -> late.add(doseCard(slot, timeFormat, dayTimeFormat)));
            add(late);
        }

        if (!today.asNeeded().isEmpty()) {
            add(new H2(getTranslation("portal.today.asNeeded")));
            Div prn = new Div();
            prn.addClassName("dose-list");
            today.asNeeded().forEach(item -> prn.add(asNeededCard(item)));
            add(prn);
        }
    }

    private Component adherence(Adherence week, Adherence month) {
        Div box = new Div(figure(week, "portal.today.adherence7"), figure(month, "portal.today.adherence30"));
        box.addClassName("adherence");
        box.setId("adherence");
        return box;
    }

    private Component figure(Adherence adherence, String labelKey) {
        Integer percent = adherence.percent();
        Span value = new Span(percent == null ? "–" : percent + "%");
        value.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div figure = new Div(value, label);
        figure.addClassName("figure");
        // The detail line is the figure's own text (styled by .adherence .figure), not one more element.
        figure.getElement().appendChild(Element.createText(
                getTranslation("portal.today.adherenceDetail", adherence.taken(), adherence.expected())));
        return figure;
    }

    private Component doseCard(DoseSlot slot, DateTimeFormatter timeFormat, DateTimeFormatter dayTimeFormat) {
        Div card = new Div();
        card.addClassName("dose-card");
        card.addClassName("dose-" + slot.status().name().toLowerCase());
        String time = slot.scheduledFor().atZone(zone).toLocalDate().equals(LocalDate.now(clock.withZone(zone)))
                ? timeFormat.format(slot.scheduledFor()) : dayTimeFormat.format(slot.scheduledFor());
        Span title = new Span(slot.medicationName() + " · " + slot.doseLabel());
        title.addClassName("dose-title");
        Span when = new Span(time);
        when.addClassName("dose-time");
        card.add(when, title);
        if (slot.instructions() != null) {
            Span instructions = new Span(slot.instructions());
            instructions.addClassName("dose-instructions");
            card.add(instructions);
        }
        String name = slot.medicationName() + " " + time;
        if (slot.status() == DoseStatus.PENDING) {
            Button taken = new Button(getTranslation("portal.dose.taken"), e -> act(() ->
                    doses.markTaken(slot.planItemId(), slot.scheduledFor()), "portal.dose.recordedTaken"));
            taken.addThemeVariants(ButtonVariant.PRIMARY);
            taken.setAriaLabel(getTranslation("portal.dose.takenLabel", name));
            Button skipped = new Button(getTranslation("portal.dose.skip"), e -> askSkipReason(slot, name));
            skipped.setAriaLabel(getTranslation("portal.dose.skipLabel", name));
            card.add(taken, skipped);
        } else {
            String statusText = slot.status() == DoseStatus.TAKEN ? getTranslation("portal.dose.statusTaken")
                    : getTranslation("portal.dose.statusSkipped");
            if (slot.late()) {
                statusText += " · " + getTranslation("portal.dose.late");
            }
            Span status = new Span(statusText);
            status.addClassName("dose-status");
            card.add(status);
            if (slot.undoable()) {
                card.add(undoButton(slot.logId(), name));
            }
        }
        return card;
    }

    private Component asNeededCard(AsNeededItem item) {
        Div card = new Div();
        card.addClassName("dose-card");
        Span title = new Span(item.medicationName() + " · " + item.doseLabel());
        title.addClassName("dose-title");
        card.add(title);
        if (item.purpose() != null) {
            card.add(new Paragraph(item.purpose()));
        }
        Span count = new Span(item.maxDailyDoses() == null
                ? getTranslation("portal.prn.countNoMax", item.takenToday())
                : getTranslation("portal.prn.count", item.takenToday(), item.maxDailyDoses()));
        count.addClassName("dose-status");
        card.add(count);
        if (item.atOrOverMaximum()) {
            Paragraph warning = new Paragraph(getTranslation("portal.prn.maxReached"));
            warning.addClassName("dose-warning");
            warning.getElement().setAttribute("role", "alert");
            card.add(warning);
        }
        Button took = new Button(getTranslation("portal.prn.took"), e -> {
            try {
                AsNeededItem after = doses.recordAsNeeded(item.planItemId());
                if (after.maxDailyDoses() != null && after.takenToday() > after.maxDailyDoses()) {
                    Notifications.error(getTranslation("portal.prn.overMax"));
                } else {
                    Notifications.success(getTranslation("portal.dose.recordedTaken"));
                }
            } catch (DoseRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey()));
            }
            refresh();
        });
        took.setAriaLabel(getTranslation("portal.prn.tookLabel", item.medicationName()));
        card.add(took);
        if (item.lastUndoable() && item.lastLogId() != null) {
            card.add(undoButton(item.lastLogId(), item.medicationName()));
        }
        return card;
    }

    private Button undoButton(long logId, String name) {
        Button undo = new Button(getTranslation("portal.dose.undo"), e -> act(() -> doses.undo(logId),
                "portal.dose.undone"));
        undo.addThemeVariants(ButtonVariant.TERTIARY);
        undo.setAriaLabel(getTranslation("portal.dose.undoLabel", name));
        return undo;
    }

    private void askSkipReason(DoseSlot slot, String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("portal.dose.skipTitle", name));
        ComboBox<String> reason = new ComboBox<>(getTranslation("portal.dose.skipReason"));
        reason.setItems(getTranslation("portal.skip.forgot"), getTranslation("portal.skip.sideEffects"),
                getTranslation("portal.skip.ranOut"), getTranslation("portal.skip.feltSick"),
                getTranslation("portal.skip.advised"));
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(e -> reason.setValue(e.getDetail()));
        reason.setHelperText(getTranslation("portal.dose.skipHelp"));
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("portal.dose.skipConfirm"), e -> {
            dialog.close();
            act(() -> doses.markSkipped(slot.planItemId(), slot.scheduledFor(), reason.getValue()),
                    "portal.dose.recordedSkipped");
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("portal.dose.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Notifications.success(getTranslation(successKey));
        } catch (DoseRuleException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.today.title");
    }
}
