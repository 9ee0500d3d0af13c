package com.milestonerecovery.portal.staff.ui.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.medication.PlanRevisionSummary;
import com.milestonerecovery.portal.medication.StaffPlan;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The plan as the clinician edits it: interactions in force, current and past items, and every version. */
class PlanSection extends Div {

    private final PlanEditorService editor;
    private final long clientId;
    private final RecordFormat format;
    private final Clock clock;
    private final ZoneId zone;
    private final Div content = new Div();
    private PlanChangeDialog openDialog;

    PlanSection(PlanEditorService editor, long clientId, RecordFormat format, Clock clock, ZoneId zone) {
        this.editor = editor;
        this.clientId = clientId;
        this.format = format;
        this.clock = clock;
        this.zone = zone;
        setId("section-plan");
        add(content);
        load();
    }

    private void load() {
        StaffPlan plan = editor.plan(clientId, getLocale());
        if (openDialog != null) {
            openDialog.setVersion(plan.version());
        }
        content.removeAll();
        H2 title = new H2(getTranslation("staff.record.plan"));
        Paragraph version = new Paragraph(plan.overview().revision() == 0 ? getTranslation("staff.plan.noVersion")
                : getTranslation("staff.plan.version", plan.overview().revision()));
        version.setId("plan-version");
        Button add = new Button(getTranslation("staff.plan.add"), VaadinIcon.PLUS.create(),
                e -> open(PlanChangeDialog.Mode.ADD, null, plan.version()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("plan-add");
        content.add(title, version, add);

        if (!plan.warnings().isEmpty()) {
            Div warnings = new Div();
            warnings.addClassName("interaction-warnings");
            warnings.setId("plan-current-warnings");
            warnings.add(new H3(getTranslation("staff.plan.currentWarnings")));
            plan.warnings().forEach(w -> warnings.add(PlanChangeDialog.InteractionCard.of(this, w)));
            content.add(warnings);
        }
        Div current = new Div();
        current.addClassName("card-grid");
        current.setId("plan-current");
        plan.overview().current().forEach(i -> current.add(card(i, plan.version(), true)));
        content.add(new H3(getTranslation("staff.plan.current")), current);
        if (!plan.overview().discontinued().isEmpty()) {
            Div past = new Div();
            past.addClassName("card-grid");
            plan.overview().discontinued().forEach(i -> past.add(card(i, plan.version(), false)));
            content.add(new H3(getTranslation("staff.plan.past")), past);
        }
        Div history = new Div();
        history.setId("plan-history");
        plan.overview().history().forEach(r -> history.add(revision(r)));
        content.add(new H3(getTranslation("staff.plan.history")), history);
    }

    private Div card(PlanItemSummary item, long version, boolean current) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(item.medicationName() + " · " + item.doseLabel()));
        card.add(RecordFormat.row(getTranslation("staff.plan.schedule"), schedule(item)),
                RecordFormat.row(getTranslation("staff.plan.route"), item.route()),
                RecordFormat.row(getTranslation("staff.plan.purpose"), item.purpose()),
                RecordFormat.row(getTranslation("staff.plan.instructions"), item.instructions()),
                RecordFormat.row(getTranslation("staff.plan.prescriber"), item.prescriber()),
                RecordFormat.row(getTranslation("staff.plan.start"), format.date(item.schedule().startDate())));
        if (item.schedule().discontinuedOn() != null) {
            card.add(RecordFormat.row(getTranslation("staff.plan.stopFrom"),
                    format.date(item.schedule().discontinuedOn())),
                    RecordFormat.row(getTranslation("staff.plan.stopReason"), item.discontinuedReason()));
        }
        if (current) {
            Button adjust = new Button(getTranslation("staff.plan.adjust"),
                    e -> open(PlanChangeDialog.Mode.ADJUST, item, version));
            adjust.setId("plan-adjust-" + item.id());
            Button stop = new Button(getTranslation("staff.plan.stop"),
                    e -> open(PlanChangeDialog.Mode.DISCONTINUE, item, version));
            stop.setId("plan-stop-" + item.id());
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div actions = new Div(adjust, stop);
            actions.addClassName("actions");
            card.add(actions);
        }
        return card;
    }

    private String schedule(PlanItemSummary item) {
        if (item.schedule().asNeeded()) {
            return item.schedule().maxDailyDoses() == null ? getTranslation("portal.plan.asNeeded")
                    : getTranslation("portal.plan.asNeededMax", item.schedule().maxDailyDoses());
        }
        return getTranslation("portal.plan.dailyAt",
                item.schedule().times().stream().map(LocalTime::toString).collect(Collectors.joining(", ")));
    }

    private Div revision(PlanRevisionSummary r) {
        Div entry = new Div();
        entry.addClassName("revision");
        Paragraph heading = new Paragraph(getTranslation("portal.plan.revision", r.revision(),
                format.dateTime(r.changedAt()), r.changedBy()));
        heading.addClassName("revision-heading");
        Div changes = new Div();
        changes.setText(r.changes());
        changes.addClassName("preserve-lines");
        entry.add(heading, changes, new Paragraph(getTranslation("portal.plan.reason", r.reason())));
        if (r.overrideReason() != null) {
            Paragraph override = new Paragraph(getTranslation("staff.plan.overrideRecorded", r.interactionCodes(),
                    r.overrideReason()));
            override.addClassName("override-reason");
            entry.add(override);
        }
        return entry;
    }

    private void open(PlanChangeDialog.Mode mode, PlanItemSummary item, long version) {
        openDialog = new PlanChangeDialog(editor, clientId, version, mode, item, LocalDate.now(clock.withZone(zone)),
                this::load, this::load);
        openDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                openDialog = null;
            }
        });
        openDialog.open();
    }
}
