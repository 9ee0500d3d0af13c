package com.milestonerecovery.portal.staff.ui;

import java.util.function.Consumer;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.consultation.ConsultationEnrollmentService;
import com.milestonerecovery.portal.consultation.EnrollmentDraft;
import com.milestonerecovery.portal.consultation.EnrollmentForm;
import com.milestonerecovery.portal.consultation.EnrollmentResult;
import com.milestonerecovery.portal.consultation.InvalidEnrollmentException;
import com.milestonerecovery.portal.consultation.StaleConsultationException;
import com.milestonerecovery.portal.consultation.TriageException;
import com.milestonerecovery.portal.consultation.ui.FormErrors;
import com.milestonerecovery.portal.security.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * Enrolment: the form prefilled from the request. The service decides what is valid; its messages appear next
 * to their fields, and nothing is created until everything is right.
 */
class EnrollmentDialog extends Dialog {

    private final EnrollmentDraft draft;
    private final ConsultationEnrollmentService enrollment;
    private final Consumer<EnrollmentResult> onEnrolled;
    private final Runnable onStale;
    private final TextField preferredName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField username = new TextField();
    private final ComboBox<StaffMember> clinician = new ComboBox<>();
    private final Checkbox emailReminders = new Checkbox();
    private final Checkbox emailMayName = new Checkbox();
    private final Checkbox voicemailMayName = new Checkbox();
    private final FormErrors formError = new FormErrors("enroll-error");

    EnrollmentDialog(EnrollmentDraft draft, ConsultationEnrollmentService enrollment,
            Consumer<EnrollmentResult> onEnrolled, Runnable onStale) {
        this.draft = draft;
        this.enrollment = enrollment;
        this.onEnrolled = onEnrolled;
        this.onStale = onStale;
        setId("enroll-dialog");
        addClassName("enroll-dialog");
        setHeaderTitle(getTranslation("triage.enroll.title"));
        setCloseOnOutsideClick(false);
        setWidth("100%");
        setMaxWidth("40rem");

        EnrollmentForm form = draft.form();
        field(preferredName, "preferredName", "enroll-name", "triage.enroll.name", form.preferredName());
        preferredName.setMaxLength(ConsultationEnrollmentService.NAME_MAX);
        field(email, "email", "enroll-email", "triage.enroll.email", form.email());
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.OFF);
        field(phone, "phone", "enroll-phone", "triage.enroll.phone", form.phone());
        phone.setMaxLength(40);
        phone.getElement().setAttribute("inputmode", "tel");
        field(username, "username", "enroll-username", "triage.enroll.username", form.username());
        username.setHelperText(getTranslation("triage.enroll.username.help"));
        username.setMaxLength(64);
        username.setAutocomplete(Autocomplete.OFF);
        preferredName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        username.setRequiredIndicatorVisible(true);

        clinician.setLabel(getTranslation("triage.enroll.clinician"));
        clinician.setId("enroll-clinician");
        clinician.setItems(draft.clinicians());
        clinician.setItemLabelGenerator(StaffMember::displayName);
        clinician.setRequiredIndicatorVisible(true);
        clinician.setWidthFull();
        draft.clinicians().stream()
                .filter(c -> form.primaryClinicianId() != null && c.id() == form.primaryClinicianId()).findFirst().ifPresent(clinician::setValue);
        formError.register("primaryClinician", clinician);

        ContactPreferences preferences = form.preferences();
        checkbox(emailReminders, "enroll-email-reminders", "triage.enroll.emailReminders",
                preferences.emailReminders());
        checkbox(emailMayName, "enroll-email-may-name", "triage.enroll.emailMayName",
                preferences.emailMayNameClinic());
        checkbox(voicemailMayName, "enroll-voicemail-may-name", "triage.enroll.voicemailMayName",
                preferences.voicemailMayNameClinic());

        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("triage.enroll.intro")));
        if (!draft.mayIdentifyClinic()) {
            Paragraph discreet = new Paragraph(getTranslation("triage.enroll.noClinicName"));
            discreet.addClassNames("contact-preference", "do-not-name");
            discreet.setId("enroll-discreet");
            content.add(discreet);
        }
        Span preferencesLabel = new Span(getTranslation("triage.enroll.preferences"));
        preferencesLabel.addClassName("detail-label");
        content.add(formError, preferredName, email, phone, username, clinician, preferencesLabel, emailReminders,
                emailMayName, voicemailMayName);
        content.setPadding(false);
        add(content);

        Button cancel = new Button(getTranslation("triage.enroll.cancel"), e -> close());
        cancel.setId("enroll-cancel");
        Button submit = new Button(getTranslation("triage.enroll.submit"));
        submit.setId("enroll-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                submit();
            } finally {
                submit.setEnabled(true);
            }
        });
        getFooter().add(cancel, submit);
    }

    private void field(TextFieldBase<?, String> component, String name, String id, String labelKey, String value) {
        component.setLabel(getTranslation(labelKey));
        component.setId(id);
        component.setWidthFull();
        component.setValue(value == null ? "" : value);
        formError.register(name, component);
    }

    private void checkbox(Checkbox box, String id, String labelKey, boolean value) {
        box.setLabel(getTranslation(labelKey));
        box.setId(id);
        box.setValue(value);
    }

    private void submit() {
        formError.clear();
        EnrollmentForm form = new EnrollmentForm(preferredName.getValue(), email.getValue(), phone.getValue(),
                username.getValue(), clinician.getValue() == null ? null : clinician.getValue().id(),
                new ContactPreferences(emailReminders.getValue(), emailMayName.getValue(),
                        voicemailMayName.getValue()));
        try {
            EnrollmentResult result = enrollment.enroll(draft.requestId(), draft.version(), form);
            close();
            onEnrolled.accept(result);
        } catch (InvalidEnrollmentException e) {
            formError.show(e.errors(), "triage.enroll.summary");
        } catch (StaleConsultationException e) {
            close();
            Notifications.error(getTranslation(e.messageKey()));
            onStale.run();
        } catch (TriageException e) {
            formError.showMessage(getTranslation(e.messageKey()));
        }
    }
}
