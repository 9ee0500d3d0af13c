package com.milestonerecovery.portal.clientportal.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.medication.SideEffectOption;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInOutcome;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.CheckInStatus;
import com.milestonerecovery.portal.monitoring.InvalidCheckInException;
import com.milestonerecovery.portal.monitoring.Questionnaire;
import com.milestonerecovery.portal.monitoring.Severity;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The daily check-in. Anything that needs the care team soon (severe side effect, cravings 8+, PHQ-9
 * item 9) shows crisis information at once, and the service alerts the clinician.
 */
@Route(value = "portal/check-in", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class CheckInView extends VerticalLayout implements HasDynamicTitle {

    private final CheckInService checkIns;
    private final ClinicProperties clinic;
    private final IntegerField cravings = scale("checkin.cravings", "checkin.cravings.help", "cravings");
    private final IntegerField mood = scale("checkin.mood", "checkin.mood.help", "mood");
    private final NumberField sleep = new NumberField();
    private final CheckboxGroup<SideEffectOption> sideEffects = new CheckboxGroup<>();
    private final TextField otherSideEffect = new TextField();
    private final RadioButtonGroup<Severity> severity = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final List<RadioButtonGroup<Integer>> phq9 = new ArrayList<>();
    private final List<RadioButtonGroup<Integer>> gad7 = new ArrayList<>();
    private final Div error = new Div();
    private final Button submit = new Button();

    CheckInView(CheckInService checkIns, ClinicProperties clinic) {
        this.checkIns = checkIns;
        this.clinic = clinic;
        addClassName("check-in-view");
        setPadding(false);
        CheckInStatus status = checkIns.status(getLocale());

        sleep.setLabel(getTranslation("checkin.sleep"));
        sleep.setId("sleep");
        sleep.setMin(0);
        sleep.setMax(24);
        sleep.setStep(0.5);
        sleep.setStepButtonsVisible(true);

        sideEffects.setLabel(getTranslation("checkin.sideEffects"));
        sideEffects.setId("side-effects");
        sideEffects.setItems(status.sideEffectOptions());
        sideEffects.setItemLabelGenerator(o -> o.medicationName() + ": " + o.label());
        otherSideEffect.setLabel(getTranslation("checkin.otherSideEffect"));
        otherSideEffect.setId("other-side-effect");
        otherSideEffect.setMaxLength(200);
        otherSideEffect.setWidthFull();
        severity.setLabel(getTranslation("checkin.severity"));
        severity.setId("severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("checkin.severity." + s.name()));

        note.setLabel(getTranslation("checkin.note"));
        note.setId("note");
        note.setMaxLength(1000);
        note.setHelperText(getTranslation("checkin.note.help"));
        note.setWidthFull();

        error.setId("check-in-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        submit.setText(getTranslation("checkin.submit"));
        submit.addClickListener(e -> submit());
        submit.setId("submit-check-in");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);

        add(new H1(getTranslation("checkin.title")), new Paragraph(getTranslation("checkin.intro")), error,
                cravings, mood, sleep, new H2(getTranslation("checkin.sideEffectsTitle")), sideEffects,
                otherSideEffect, severity, note);
        if (status.phq9Due()) {
            add(questionnaire(Questionnaire.PHQ9, "phq9", phq9));
        }
        if (status.gad7Due()) {
            add(questionnaire(Questionnaire.GAD7, "gad7", gad7));
        }
        add(submit);
    }

    private IntegerField scale(String labelKey, String helpKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setMin(0);
        field.setMax(10);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setId(id);
        return field;
    }

    private Component questionnaire(Questionnaire instrument, String key, List<RadioButtonGroup<Integer>> groups) {
        Div section = new Div();
        section.addClassName("questionnaire");
        section.setId("questionnaire-" + key);
        section.add(new H2(getTranslation("checkin." + key + ".title")),
                new Paragraph(getTranslation("checkin.questionnaire.stem")));
        for (int i = 1; i <= instrument.items(); i++) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(i + ". " + getTranslation("checkin." + key + "."
                    + i));
            group.setItems(0, 1, 2, 3);
            group.setItemLabelGenerator(v -> getTranslation("checkin.questionnaire.answer." + v));
            group.setId(key + "-" + i);
            group.addClassName("questionnaire-item");
            groups.add(group);
            section.add(group);
        }
        return section;
    }

    private void submit() {
        error.setVisible(false);
        try {
            CheckInForm form = new CheckInForm(cravings.getValue(), mood.getValue(),
                    sleep.getValue() == null ? null : BigDecimal.valueOf(sleep.getValue()),
                    sideEffects.getValue().stream().map(SideEffectOption::id).toList(), otherSideEffect.getValue(),
                    severity.getValue(), note.getValue(), answers(phq9), answers(gad7));
            showOutcome(checkIns.submit(form));
        } catch (InvalidCheckInException e) {
            error.setText(getTranslation(e.messageKey()));
            error.setVisible(true);
            Notifications.error(getTranslation(e.messageKey()));
            submit.setEnabled(true);
        }
    }

    /** All answered: the answers; none answered: null (skipped); partly answered: refused. */
    private static List<Integer> answers(List<RadioButtonGroup<Integer>> groups) {
        if (groups.isEmpty() || groups.stream().allMatch(g -> g.getValue() == null)) {
            return null;
        }
        if (groups.stream().anyMatch(g -> g.getValue() == null)) {
            throw new InvalidCheckInException("checkin.error.incomplete");
        }
        return groups.stream().map(RadioButtonGroup::getValue).toList();
    }

    private void showOutcome(CheckInOutcome outcome) {
        removeAll();
        add(new H1(getTranslation("checkin.thanks")));
        if (outcome.urgent()) {
            Div crisis = new Div();
            crisis.setId("check-in-crisis");
            crisis.addClassName("crisis-panel");
            crisis.getElement().setAttribute("role", "alert");
            crisis.add(new H2(getTranslation("checkin.crisis.title")),
                    new Paragraph(getTranslation("checkin.crisis.body")), new CrisisLine(clinic.emergency()),
                    new Paragraph(getTranslation("checkin.crisis.careTeam")));
            add(crisis);
        } else {
            add(new Paragraph(getTranslation("checkin.saved")));
        }
        if (outcome.phq9() != null) {
            add(new Paragraph(getTranslation("checkin.score.phq9", outcome.phq9().total(),
                    getTranslation("checkin.band." + outcome.phq9().band()))));
        }
        if (outcome.gad7() != null) {
            add(new Paragraph(getTranslation("checkin.score.gad7", outcome.gad7().total(),
                    getTranslation("checkin.band." + outcome.gad7().band()))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.title");
    }
}
