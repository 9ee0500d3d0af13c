package com.milestonerecovery.portal.staff.ui.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.medication.InteractionOverrideRequiredException;
import com.milestonerecovery.portal.medication.InteractionWarning;
import com.milestonerecovery.portal.medication.MedicationOption;
import com.milestonerecovery.portal.medication.NewItem;
import com.milestonerecovery.portal.medication.PlanChange;
import com.milestonerecovery.portal.medication.PlanConflictException;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One plan change: add, adjust or discontinue a medication, with a reason. Before saving, the change is checked
 * against the interaction rules; when it creates an interaction the warnings are shown and the clinician may go
 * ahead only by writing why. A save against a plan someone else changed meanwhile is refused: the form keeps what
 * was typed, and "Reload" brings the newer plan in so the clinician can review it and save again.
 */
class PlanChangeDialog extends Dialog {

    enum Mode { ADD, ADJUST, DISCONTINUE }

    private final PlanEditorService editor;
    private final long clientId;
    private final Mode mode;
    private final PlanItemSummary item;
    private final Runnable onSaved;
    private final Runnable onReload;
    private long version;

    private final ComboBox<MedicationOption> medication = new ComboBox<>();
    private final BigDecimalField dose = new BigDecimalField();
    private final TextField unit = new TextField();
    private final TextField route = new TextField();
    private final Checkbox asNeeded = new Checkbox();
    private final TextField times = new TextField();
    private final IntegerField maxDaily = new IntegerField();
    private final DatePicker start = new DatePicker();
    private final TextField purpose = new TextField();
    private final TextArea instructions = new TextArea();
    private final TextArea reason = new TextArea();
    private final Div warnings = new Div();
    private final TextArea override = new TextArea();
    private final Div conflict = new Div();
    private final Button save = new Button();
    private List<InteractionWarning> shownWarnings = List.of();

    PlanChangeDialog(PlanEditorService editor, long clientId, long version, Mode mode, PlanItemSummary item,
            LocalDate today, Runnable onSaved, Runnable onReload) {
        this.editor = editor;
        this.clientId = clientId;
        this.version = version;
        this.mode = mode;
        this.item = item;
        this.onSaved = onSaved;
        this.onReload = onReload;
        setHeaderTitle(switch (mode) {
            case ADD -> getTranslation("staff.plan.add.title");
            case ADJUST -> getTranslation("staff.plan.adjust.title", item.medicationName());
            case DISCONTINUE -> getTranslation("staff.plan.stop.title", item.medicationName());
        });
        setId("plan-change-dialog");
        addClassName("plan-change-dialog");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        if (mode != Mode.DISCONTINUE) {
            medication.setLabel(getTranslation("staff.plan.medication"));
            medication.setItems(editor.catalog());
            medication.setItemLabelGenerator(m -> m.name() + " (" + m.genericName() + ")");
            medication.setRequired(true);
            medication.setId("plan-medication");
            medication.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    unit.setValue(e.getValue().defaultUnit());
                    route.setValue(e.getValue().defaultRoute());
                }
            });
            dose.setLabel(getTranslation("staff.plan.dose"));
            dose.setRequiredIndicatorVisible(true);
            dose.setId("plan-dose");
            unit.setLabel(getTranslation("staff.plan.unit"));
            unit.setMaxLength(16);
            unit.setRequired(true);
            unit.setId("plan-unit");
            route.setLabel(getTranslation("staff.plan.route"));
            route.setMaxLength(30);
            route.setRequired(true);
            route.setId("plan-route");
            asNeeded.setLabel(getTranslation("staff.plan.asNeeded"));
            asNeeded.setId("plan-as-needed");
            asNeeded.addValueChangeListener(e -> scheduleFields());
            times.setLabel(getTranslation("staff.plan.times"));
            times.setHelperText(getTranslation("staff.plan.times.help"));
            times.setMaxLength(100);
            times.setId("plan-times");
            maxDaily.setLabel(getTranslation("staff.plan.maxDaily"));
            maxDaily.setMin(1);
            maxDaily.setMax(24);
            maxDaily.setStepButtonsVisible(true);
            maxDaily.setId("plan-max-daily");
            start.setLabel(getTranslation(mode == Mode.ADD ? "staff.plan.start" : "staff.plan.effective"));
            start.setValue(mode == Mode.ADD ? today : today.plusDays(1));
            start.setMin(mode == Mode.ADD ? today.minusDays(365) : today);
            start.setId("plan-start");
            purpose.setLabel(getTranslation("staff.plan.purpose"));
            purpose.setMaxLength(300);
            purpose.setId("plan-purpose");
            instructions.setLabel(getTranslation("staff.plan.instructions"));
            instructions.setMaxLength(1000);
            instructions.setId("plan-instructions");
            form.add(medication, dose, unit, route, asNeeded, times, maxDaily, start, purpose, instructions);
            form.setColspan(medication, 2);
            form.setColspan(instructions, 2);
            if (item != null) {
                prefill(item);
            }
            scheduleFields();
        } else {
            start.setLabel(getTranslation("staff.plan.stopFrom"));
            start.setValue(today);
            start.setMin(today);
            start.setId("plan-start");
            form.add(start);
        }
        reason.setLabel(getTranslation("staff.plan.reason"));
        reason.setHelperText(getTranslation("staff.plan.reason.help"));
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setId("plan-reason");
        form.add(reason);
        form.setColspan(reason, 2);

        warnings.setId("plan-warnings");
        warnings.addClassName("interaction-warnings");
        warnings.setVisible(false);
        warnings.getElement().setAttribute("role", "alert");
        override.setLabel(getTranslation("staff.plan.override"));
        override.setHelperText(getTranslation("staff.plan.override.help", PlanEditorService.OVERRIDE_MIN));
        override.setMaxLength(1000);
        override.setWidthFull();
        override.setId("plan-override");
        override.setVisible(false);
        conflict.setId("plan-conflict");
        conflict.addClassName("form-error");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        add(form, warnings, override, conflict);

        save.setText(getTranslation("staff.plan.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("plan-save");
        save.addClickListener(e -> submit());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void prefill(PlanItemSummary current) {
        editor.catalog().stream().filter(m -> m.slug().equals(current.slug())).findFirst()
                .ifPresent(medication::setValue);
        medication.setReadOnly(true);
        dose.setValue(current.doseAmount());
        unit.setValue(current.doseUnit());
        route.setValue(current.route());
        asNeeded.setValue(current.schedule().asNeeded());
        times.setValue(String.join(", ", current.schedule().times().stream().map(LocalTime::toString).toList()));
        if (current.schedule().maxDailyDoses() != null) {
            maxDaily.setValue(current.schedule().maxDailyDoses());
        }
        purpose.setValue(current.purpose() == null ? "" : current.purpose());
        instructions.setValue(current.instructions() == null ? "" : current.instructions());
    }

    private void scheduleFields() {
        times.setVisible(!asNeeded.getValue());
        maxDaily.setVisible(asNeeded.getValue());
    }

    private void submit() {
        conflict.setVisible(false);
        PlanChange change = change();
        if (change == null) {
            return;
        }
        if (reason.getValue().strip().length() < 3) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("staff.plan.error.reason"));
            return;
        }
        reason.setInvalid(false);
        try {
            if (shownWarnings.isEmpty()) {
                List<InteractionWarning> found = editor.preview(clientId, change, getLocale());
                if (!found.isEmpty()) {
                    showWarnings(found);
                    return;
                }
            }
            int revision = editor.save(clientId, version, change, reason.getValue(),
                    override.isVisible() ? override.getValue() : null, getLocale());
            Notifications.success(getTranslation("staff.plan.saved", revision));
            close();
            onSaved.run();
        } catch (InteractionOverrideRequiredException e) {
            if (shownWarnings.isEmpty()) {
                showWarnings(e.warnings());
            } else {
                override.setInvalid(true);
                override.setErrorMessage(getTranslation("staff.plan.error.override", PlanEditorService.OVERRIDE_MIN));
            }
        } catch (PlanConflictException e) {
            showConflict();
        } catch (RuleViolation e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private PlanChange change() {
        if (mode == Mode.DISCONTINUE) {
            return new PlanChange.Discontinue(item.id(), start.getValue());
        }
        if (medication.getValue() == null) {
            medication.setInvalid(true);
            medication.setErrorMessage(getTranslation("staff.plan.error.medication"));
            return null;
        }
        if (dose.getValue() == null || dose.getValue().signum() <= 0) {
            dose.setInvalid(true);
            dose.setErrorMessage(getTranslation("staff.plan.error.dose"));
            return null;
        }
        dose.setInvalid(false);
        List<LocalTime> parsed = new ArrayList<>();
        if (!asNeeded.getValue()) {
            try {
                for (String part : times.getValue().split(",")) {
                    if (!part.isBlank()) {
                        parsed.add(LocalTime.parse(part.strip().length() == 4 ? "0" + part.strip() : part.strip()));
                    }
                }
            } catch (DateTimeParseException e) {
                parsed.clear();
            }
            if (parsed.isEmpty()) {
                times.setInvalid(true);
                times.setErrorMessage(getTranslation("staff.plan.error.times"));
                return null;
            }
            times.setInvalid(false);
        }
        NewItem newItem = new NewItem(medication.getValue().slug(), dose.getValue(), unit.getValue(), route.getValue(),
                asNeeded.getValue(), parsed, maxDaily.getValue(), start.getValue(), purpose.getValue(),
                instructions.getValue());
        return mode == Mode.ADD ? new PlanChange.Add(newItem) : new PlanChange.Adjust(item.id(), newItem);
    }

    private void showWarnings(List<InteractionWarning> found) {
        shownWarnings = found;
        warnings.removeAll();
        warnings.add(new Paragraph(getTranslation("staff.plan.warnings.intro")));
        for (InteractionWarning w : found) {
            warnings.add(InteractionCard.of(this, w));
        }
        warnings.setVisible(true);
        override.setVisible(true);
        override.setRequired(true);
        override.focus();
        save.setText(getTranslation("staff.plan.saveAnyway"));
    }

    private void showConflict() {
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("staff.plan.error.conflict")));
        Button reload = new Button(getTranslation("staff.plan.reload"), e -> {
            onReload.run();
            conflict.setVisible(false);
        });
        reload.setId("plan-reload");
        conflict.add(reload);
        conflict.setVisible(true);
    }

    /** After a reload behind the dialog, saves go against the newer version. */
    void setVersion(long version) {
        this.version = version;
    }

    static final class InteractionCard {

        private InteractionCard() {
        }

        static Div of(com.vaadin.flow.component.Component owner, InteractionWarning w) {
            Div card = new Div();
            card.addClassNames("interaction", "interaction-" + w.severity().name().toLowerCase(java.util.Locale.ROOT));
            card.add(new H3(owner.getTranslation("staff.interaction.severity." + w.severity().name()) + ": "
                    + w.medicationA() + " + " + w.medicationB()));
            card.add(RecordFormat.row(owner.getTranslation("staff.interaction.reason"), w.reason()),
                    RecordFormat.row(owner.getTranslation("staff.interaction.action"), w.action()),
                    RecordFormat.row(owner.getTranslation("staff.interaction.source"), w.source()));
            return card;
        }
    }
}
