package com.milestonerecovery.portal.clientportal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.ActionButton;
import com.milestonerecovery.portal.base.ui.Markup;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.jsoup.nodes.Element;

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
    private final String greeting;
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
        greeting = getTranslation("portal.today.greeting", currentUser.displayName());
        refresh();
    }

    /*
     * Kept small on purpose (issue 8, memory per session): every component here stays in the session's server-side
     * tree while the page is open, so everything read-only is Markup (one element for all above the doses, one for
     * each card's text) and only the buttons are components; nothing is built before it is needed
     * (the skip dialog is created when opened; formatters are made per refresh, not kept in fields).
     */
    private void refresh() {
        TodayOverview today = doses.today();
        DateTimeFormatter timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        DateTimeFormatter dayTimeFormat = DateTimeFormatter.ofPattern("EEE HH:mm", getLocale()).withZone(zone);
        removeAll();
        // Everything above the doses is one element: greeting, date, next appointment, the care team's words,
        // the adherence figures and the doses' heading.
        Element summary = Markup.root("div").id("today-summary").addClass("today-summary");
        header(summary, today.date());
        notes.myLatest().ifPresent(note -> {
            Element box = summary.appendElement("div").id("care-team-note").addClass("care-team-note");
            box.appendElement("p").addClass("note-from")
                    .text(getTranslation("portal.today.noteFrom", note.authorName()));
            box.appendElement("p").addClass("preserve-lines").text(note.body());
        });
        List<CareTeamReply> recent = replies.myReplies(getLocale(), 3);
        if (!recent.isEmpty()) {
            Element box = summary.appendElement("div").id("care-team-replies").addClass("care-team-note");
            box.appendElement("h2").text(getTranslation("portal.today.replies"));
            for (CareTeamReply reply : recent) {
                box.appendElement("p").addClass("note-from").text(getTranslation(
                        "portal.today.replyAbout." + reply.kind(), reply.about() == null ? "" : reply.about(),
                        dayTimeFormat.format(reply.at())));
                box.appendElement("p").addClass("preserve-lines").text(reply.response());
            }
        }
        adherence(summary, today.lastWeek(), today.lastMonth());
        summary.appendElement("h2").text(getTranslation("portal.today.doses"));
        if (today.scheduled().isEmpty()) {
            summary.appendElement("p").text(getTranslation("portal.today.noDoses"));
        }
        add(new Markup(summary));

        Div list = doseList();
        today.scheduled().forEach(slot -> list.add(doseCard(slot, timeFormat, dayTimeFormat)));

        List<DoseSlot> unrecorded = doses.unrecordedRecent();
        if (!unrecorded.isEmpty()) {
            Element intro = Markup.root("div").addClass("section-intro");
            intro.appendElement("h2").text(getTranslation("portal.today.unrecorded"));
            intro.appendElement("p").text(getTranslation("portal.today.unrecordedHelp"));
            add(new Markup(intro));
            Div late = doseList();
            late.setId("unrecorded-doses");
            unrecorded.forEach(slot -> late.add(doseCard(slot, timeFormat, dayTimeFormat)));
        }

        if (!today.asNeeded().isEmpty()) {
            add(Markup.text("h2", null, getTranslation("portal.today.asNeeded")));
            Div prn = doseList();
            today.asNeeded().forEach(item -> prn.add(asNeededCard(item)));
        }
    }

    /** A new list of cards, added to the page. */
    private Div doseList() {
        Div list = new Div();
        list.addClassName("dose-list");
        add(list);
        return list;
    }

    /** The greeting, today's date and the next appointment, if any. */
    private void header(Element summary, LocalDate date) {
        Element header = summary.appendElement("header").addClass("today-header");
        header.appendElement("h1").text(greeting);
        header.appendElement("p").addClass("today-date")
                .text(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale())));
        appointments.next().ifPresent(next -> header.appendElement("p").id("next-appointment")
                .addClass("next-appointment").text(getTranslation("appointments.next",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                .withLocale(getLocale()).withZone(zone).format(next.startsAt()))));
    }

    private void adherence(Element summary, Adherence week, Adherence month) {
        Element box = summary.appendElement("div").id("adherence").addClass("adherence");
        figure(box, week, "portal.today.adherence7");
        figure(box, month, "portal.today.adherence30");
    }

    private void figure(Element box, Adherence adherence, String labelKey) {
        Integer percent = adherence.percent();
        Element figure = box.appendElement("div").addClass("figure");
        figure.appendElement("span").addClass("figure-value").text(percent == null ? "–" : percent + "%");
        figure.appendElement("span").addClass("figure-label").text(getTranslation(labelKey));
        figure.appendText(getTranslation("portal.today.adherenceDetail", adherence.taken(), adherence.expected()));
    }

    private Component doseCard(DoseSlot slot, DateTimeFormatter timeFormat, DateTimeFormatter dayTimeFormat) {
        Div card = new Div();
        card.addClassName("dose-card");
        card.addClassName("dose-" + slot.status().name().toLowerCase());
        String time = slot.scheduledFor().atZone(zone).toLocalDate().equals(LocalDate.now(clock.withZone(zone)))
                ? timeFormat.format(slot.scheduledFor()) : dayTimeFormat.format(slot.scheduledFor());
        // The card's text is one element; its parts are laid out as the card's own (.dose-text is display: contents).
        Element text = Markup.root("div").addClass("dose-text");
        text.appendElement("span").addClass("dose-time").text(time);
        text.appendElement("span").addClass("dose-title").text(slot.medicationName() + " · " + slot.doseLabel());
        if (slot.instructions() != null) {
            text.appendElement("span").addClass("dose-instructions").text(slot.instructions());
        }
        String name = slot.medicationName() + " " + time;
        if (slot.status() != DoseStatus.PENDING) {
            String statusText = slot.status() == DoseStatus.TAKEN ? getTranslation("portal.dose.statusTaken")
                    : getTranslation("portal.dose.statusSkipped");
            if (slot.late()) {
                statusText += " · " + getTranslation("portal.dose.late");
            }
            text.appendElement("span").addClass("dose-status").text(statusText);
        }
        card.add(new Markup(text));
        if (slot.status() == DoseStatus.PENDING) {
            ActionButton taken = new ActionButton(getTranslation("portal.dose.taken"), () -> act(() ->
                    doses.markTaken(slot.planItemId(), slot.scheduledFor()), "portal.dose.recordedTaken")).primary();
            taken.setAriaLabel(getTranslation("portal.dose.takenLabel", name));
            ActionButton skipped = new ActionButton(getTranslation("portal.dose.skip"),
                    () -> askSkipReason(slot, name));
            skipped.setAriaLabel(getTranslation("portal.dose.skipLabel", name));
            card.add(taken, skipped);
        } else if (slot.undoable()) {
            card.add(undoButton(slot.logId(), name));
        }
        return card;
    }

    private Component asNeededCard(AsNeededItem item) {
        Div card = new Div();
        card.addClassName("dose-card");
        Element text = Markup.root("div").addClass("dose-text");
        text.appendElement("span").addClass("dose-title").text(item.medicationName() + " · " + item.doseLabel());
        if (item.purpose() != null) {
            text.appendElement("p").text(item.purpose());
        }
        text.appendElement("span").addClass("dose-status").text(item.maxDailyDoses() == null
                ? getTranslation("portal.prn.countNoMax", item.takenToday())
                : getTranslation("portal.prn.count", item.takenToday(), item.maxDailyDoses()));
        if (item.atOrOverMaximum()) {
            text.appendElement("p").addClass("dose-warning").attr("role", "alert")
                    .text(getTranslation("portal.prn.maxReached"));
        }
        card.add(new Markup(text));
        ActionButton took = new ActionButton(getTranslation("portal.prn.took"), () -> {
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

    private ActionButton undoButton(long logId, String name) {
        ActionButton undo = new ActionButton(getTranslation("portal.dose.undo"), () -> act(() -> doses.undo(logId),
                "portal.dose.undone")).tertiary();
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
