package com.milestonerecovery.portal.consultation.ui;

import java.util.EnumSet;
import java.util.UUID;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.consultation.Concern;
import com.milestonerecovery.portal.consultation.ConsultationForm;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ContactMethod;
import com.milestonerecovery.portal.consultation.InvalidConsultationException;
import com.milestonerecovery.portal.consultation.RateLimitedException;
import com.milestonerecovery.portal.consultation.SubmissionReceipt;
import com.milestonerecovery.portal.publicsite.ui.PublicLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The confidential consultation request. Every rule is the server's (the service validates everything and
 * names the field to fix); the view only shows those messages next to their fields and announces them.
 */
@Route(value = "consultation", layout = PublicLayout.class)
@AnonymousAllowed
public class ConsultationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ClinicProperties clinic;
    /** Issued with the form: the same form submitted twice is one request. */
    private final String submissionToken = UUID.randomUUID().toString();

    private final TextField preferredName = new TextField();
    private final RadioButtonGroup<ContactMethod> contactMethod = new RadioButtonGroup<>();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField bestTimes = new TextField();
    private final Checkbox mayIdentifyClinic = new Checkbox();
    private final CheckboxGroup<Concern> concerns = new CheckboxGroup<>();
    private final TextArea currentMedications = new TextArea();
    private final TextArea message = new TextArea();
    private final TextField referralSource = new TextField();
    private final TextField website = new TextField();
    private final Checkbox consent = new Checkbox();
    private final FormErrors formError = new FormErrors("form-error");
    private final Button submit = new Button();

    ConsultationView(ConsultationService consultations, ClinicProperties clinic) {
        this.consultations = consultations;
        this.clinic = clinic;
        addClassName("consultation-view");
        setPadding(false);
        buildForm();
    }

    private void buildForm() {
        H1 title = new H1(getTranslation("consultation.title"));
        Paragraph intro = new Paragraph(getTranslation("consultation.intro"));
        Paragraph required = new Paragraph(getTranslation("consultation.requiredNote"));
        required.addClassName("required-note");

        field(preferredName, "preferredName", "consultation.field.name", true);
        preferredName.setHelperText(getTranslation("consultation.field.name.help"));
        preferredName.setMaxLength(80);
        preferredName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NICKNAME);

        contactMethod.setLabel(getTranslation("consultation.field.contactMethod"));
        contactMethod.setItems(ContactMethod.values());
        contactMethod.setItemLabelGenerator(m -> getTranslation("consultation.contact." + m.name()));
        contactMethod.setRequiredIndicatorVisible(true);
        contactMethod.setId("contactMethod");
        contactMethod.addValueChangeListener(e -> updateContactFields());
        formError.register("contactMethod", contactMethod);

        field(phone, "phone", "consultation.field.phone", false);
        phone.setHelperText(getTranslation("consultation.field.phone.help"));
        phone.setMaxLength(40);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");

        email.setLabel(getTranslation("consultation.field.email"));
        email.setId("email");
        email.setMaxLength(254);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        formError.register("email", email);

        field(bestTimes, "bestTimes", "consultation.field.bestTimes", false);
        bestTimes.setHelperText(getTranslation("consultation.field.bestTimes.help"));
        bestTimes.setMaxLength(200);

        mayIdentifyClinic.setLabel(getTranslation("consultation.field.mayIdentify", clinic.name()));
        mayIdentifyClinic.setId("mayIdentifyClinic");
        Paragraph mayIdentifyHelp = new Paragraph(getTranslation("consultation.field.mayIdentify.help"));
        mayIdentifyHelp.addClassName("field-help");

        concerns.setLabel(getTranslation("consultation.field.concerns"));
        concerns.setItems(Concern.values());
        concerns.setItemLabelGenerator(c -> getTranslation("public.signs.item." + c.key()));
        concerns.setId("concerns");
        concerns.setHelperText(getTranslation("consultation.optional"));

        currentMedications.setLabel(getTranslation("consultation.field.medications"));
        currentMedications.setId("currentMedications");
        currentMedications.setHelperText(getTranslation("consultation.field.medications.help"));
        currentMedications.setMaxLength(1000);
        formError.register("currentMedications", currentMedications);

        message.setLabel(getTranslation("consultation.field.message"));
        message.setId("message");
        message.setMaxLength(2000);
        message.setHelperText(getTranslation("consultation.field.message.help", 2000));
        formError.register("message", message);

        field(referralSource, "referralSource", "consultation.field.referral", false);
        referralSource.setHelperText(getTranslation("consultation.optional"));
        referralSource.setMaxLength(200);

        // Honeypot: invisible to people and to assistive technology; bots fill it in.
        website.setLabel("Website");
        website.setId("website");
        website.setTabIndex(-1);
        website.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        Div honeypot = new Div(website);
        honeypot.addClassName("hp-field");
        honeypot.getElement().setAttribute("aria-hidden", "true");

        Paragraph privacy = new Paragraph(getTranslation("consultation.privacy"));
        privacy.addClassName("privacy-notice");
        privacy.setId("privacy-notice");
        consent.setLabel(getTranslation("consultation.field.consent"));
        consent.setId("consent");
        consent.setRequiredIndicatorVisible(true);
        consent.getElement().setAttribute("aria-describedby", "privacy-notice");
        formError.register("consent", consent);

        submit.setText(getTranslation("consultation.submit"));
        submit.setId("submit-consultation");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());

        add(title, intro, required, formError, preferredName, contactMethod, phone, email, bestTimes,
                mayIdentifyClinic, mayIdentifyHelp, concerns, currentMedications, message, referralSource,
                honeypot, privacy, consent, submit);
        updateContactFields();
    }

    private void field(TextField component, String name, String labelKey, boolean required) {
        component.setLabel(getTranslation(labelKey));
        component.setId(name);
        component.setRequiredIndicatorVisible(required);
        component.setWidthFull();
        formError.register(name, component);
    }

    private void updateContactFields() {
        ContactMethod method = contactMethod.getValue();
        phone.setRequiredIndicatorVisible(method != null && method.usesPhone());
        email.setRequiredIndicatorVisible(method != null && method.usesEmail());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        concerns.setValue(ConcernPreselection.take());
    }

    private void submit() {
        formError.clear();
        ConsultationForm form = new ConsultationForm(submissionToken, preferredName.getValue(),
                contactMethod.getValue(), phone.getValue(), email.getValue(), bestTimes.getValue(),
                mayIdentifyClinic.getValue(), concerns.getValue().isEmpty() ? EnumSet.noneOf(Concern.class)
                        : EnumSet.copyOf(concerns.getValue()),
                currentMedications.getValue(), message.getValue(), referralSource.getValue(), consent.getValue(),
                website.getValue(), SupportedLocales.supported(getLocale()).getLanguage());
        try {
            showReceipt(consultations.submit(form, clientAddress()));
        } catch (InvalidConsultationException e) {
            formError.show(e.errors(), "consultation.error.summary");
        } catch (RateLimitedException e) {
            formError.showMessage(getTranslation("consultation.error.rateLimited", clinic.phone()));
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showReceipt(SubmissionReceipt receipt) {
        removeAll();
        H1 thanks = new H1(getTranslation("consultation.thanks.title"));
        Div reference = new Div(new Span(getTranslation("consultation.thanks.reference") + " "),
                strong(receipt.reference()));
        reference.setId("consultation-reference");
        reference.addClassName("reference");
        reference.getElement().setAttribute("role", "status");
        Paragraph next = new Paragraph(getTranslation("consultation.thanks.next." + receipt.contactMethod().name()));
        Paragraph keep = new Paragraph(getTranslation("consultation.thanks.keep", clinic.phone()));
        add(thanks, reference, next, keep, new CrisisLine(clinic.emergency()));
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("reference-code");
        return span;
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.title");
    }
}
