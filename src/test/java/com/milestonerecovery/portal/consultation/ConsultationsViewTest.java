package com.milestonerecovery.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.milestonerecovery.portal.security.StaffMember;
import com.milestonerecovery.portal.staff.ui.ConsultationsView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The triage page without a browser: filters, the detail, each action, enrolment, and both languages. */
@SpringBootTest
class ConsultationsViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationTriageService triage;
    @Autowired
    SubmissionRateLimiter rateLimiter;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetLimits() {
        rateLimiter.reset();
    }

    @Test
    @WithUserDetails("coordinator")
    void aNewRequestShowsHowToReachThePersonAndOnlyTheStepsTheWorkflowAllows() {
        navigate(ConsultationsView.class);
        test(find(TextField.class).id("consultation-search")).setValue("Jordan Rivera");
        Grid<ConsultationSummary> grid = grid();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Jordan Rivera");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("New");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("Nobody yet");
        test(grid).select(0);

        String box = find(com.vaadin.flow.component.html.Section.class).id("contact-box").getElement()
                .getTextRecursively();
        assertThat(box).contains("How to contact this person", "Contact by: By email",
                "jordan.rivera@example.org", "Weekday evenings", "Voicemail and email MAY mention the clinic.");
        assertThat(find(Button.class).withId("status-CONTACTED").exists()).isTrue();
        assertThat(find(Button.class).withId("status-DECLINED").exists()).isTrue();
        assertThat(find(Button.class).withId("status-CLOSED").exists()).isTrue();
        assertThat(find(Button.class).withId("status-SCHEDULED").exists()).isFalse();
        assertThat(find(Button.class).withId("enroll-button").exists()).isFalse();
        assertThat(detailText()).contains("Enrollment opens once the first contact is recorded.");
    }

    @Test
    @WithUserDetails("coordinator")
    void theContactedRequestThatMustNotNameTheClinicSaysSoFirst() {
        navigate(ConsultationsView.class);
        test(find(TextField.class).id("consultation-search")).setValue("Pat Moreno");
        test(grid()).select(0);
        Paragraph warning = find(Paragraph.class).id("may-identify");
        assertThat(warning.getText()).isEqualTo("Do NOT mention the clinic in voicemail or email.");
        assertThat(warning.getClassNames()).contains("do-not-name");
        assertThat(find(Button.class).withId("enroll-button").exists()).isTrue();
        assertThat(text(find(OrderedList.class).id("consultation-history")))
                .contains("Corey Coordinator assigned the request to Dr. Luis Carrillo",
                        "Dr. Luis Carrillo changed the status from New to Contacted", "Left a call-back message");
    }

    @Test
    @WithUserDetails("coordinator")
    void filtersNarrowTheListInTheDatabase() {
        navigate(ConsultationsView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ConsultationStatus> status = find(ComboBox.class).id("status-filter");
        test(status).selectItem("Scheduled");
        Grid<ConsultationSummary> grid = grid();
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).status()).isEqualTo(ConsultationStatus.SCHEDULED);
        }
        test(status).selectItem("Closed");
        @SuppressWarnings("unchecked")
        ComboBox<AssigneeFilter> assignee = find(ComboBox.class).id("assignee-filter");
        test(assignee).selectItem("Me");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).assigneeName()).isEqualTo("Corey Coordinator");
        }
        test(find(DatePicker.class).id("received-to")).setValue(java.time.LocalDate.now().minusYears(5));
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails("coordinator")
    void aRequestIsWorkedThroughToEnrolmentOnThePage() {
        String email = "walker." + shortId() + "@example.org";
        ConsultationSummary created = submit("View <i>Walker</i>", email, false);
        navigate(ConsultationsView.class);
        test(find(TextField.class).id("consultation-search")).setValue(created.reference());
        test(grid()).select(0);

        test(find(TextArea.class).id("status-note")).setValue("Called; <b>call back</b> Friday.");
        test(find(Button.class).id("status-CONTACTED")).click();
        assertThat(lastNotification()).isEqualTo("Status changed to Contacted.");
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("Contacted");
        String history = text(find(OrderedList.class).id("consultation-history"));
        assertThat(history).contains("Request received", "Corey Coordinator changed the status from New to Contacted",
                "Called; <b>call back</b> Friday.");
        assertThat(find(Div.class).id("consultation-detail").getElement().getOuterHTML())
                .doesNotContain("<b>", "<i>").contains("&lt;b&gt;call back&lt;/b&gt;");

        test(find(TextArea.class).id("new-note")).setValue("");
        test(find(Button.class).id("add-note")).click();
        assertThat(lastNotification()).isEqualTo("Write the note first.");
        test(find(TextArea.class).id("new-note")).setValue("Prefers email.\nSecond line.");
        test(find(Button.class).id("add-note")).click();
        assertThat(text(find(Div.class).id("notes"))).contains("Corey Coordinator", "Prefers email.\nSecond line.");

        @SuppressWarnings("unchecked")
        ComboBox<Object> assignee = find(ComboBox.class).id("assignee");
        test(assignee).selectItem("Dr. Luis Carrillo");
        test(find(Button.class).id("assign-save")).click();
        assertThat(find(Div.class).id("triage-state").getElement().getTextRecursively())
                .contains("Assigned to: Dr. Luis Carrillo");
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("Dr. Luis Carrillo");

        test(find(Button.class).id("enroll-button")).click();
        Dialog dialog = find(Dialog.class).id("enroll-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(EmailField.class).id("enroll-email").getValue()).isEqualTo(email);
        assertThat(find(TextField.class).id("enroll-name").getValue()).isEqualTo("View <i>Walker</i>");
        assertThat(find(TextField.class).id("enroll-username").getValue()).startsWith("view.i.walker");
        assertThat(find(Paragraph.class).id("enroll-discreet").getText())
                .isEqualTo("They asked us not to name the clinic: the invitation will not name it.");
        assertThat(find(Checkbox.class).id("enroll-email-may-name").getValue()).isFalse();
        assertThat(((StaffMember) find(ComboBox.class).id("enroll-clinician").getValue()).displayName())
                .as("the assigned clinician is suggested").isEqualTo("Dr. Luis Carrillo");

        long accounts = jdbc.queryForObject("select count(*) from user_account", Long.class);
        test(find(TextField.class).id("enroll-name")).setValue("Walker");
        test(find(TextField.class).id("enroll-username")).setValue("A B");
        test(find(TextField.class).id("enroll-phone")).setValue("12");
        test(find(Button.class).id("enroll-submit")).click();
        TextField username = find(TextField.class).id("enroll-username");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("Use 3 to 64 lowercase letters, digits, dots, dashes or underscores.");
        assertThat(find(TextField.class).id("enroll-phone").getErrorMessage())
                .isEqualTo("Enter a valid phone number, for example (602) 555-0123.");
        assertThat(find(ComboBox.class).id("enroll-clinician").isInvalid()).isFalse();
        assertThat(find(Div.class).id("enroll-error").getElement().getTextRecursively())
                .isEqualTo("2 fields need your attention. Nothing was created.");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class)).isEqualTo(accounts);

        String chosen = "walker." + shortId();
        test(find(TextField.class).id("enroll-username")).setValue(chosen);
        test(find(TextField.class).id("enroll-phone")).setValue("");
        @SuppressWarnings("unchecked")
        ComboBox<Object> clinician = find(ComboBox.class).id("enroll-clinician");
        test(clinician).selectItem("Dr. Dana Whitfield");
        test(find(Button.class).id("enroll-submit")).click();

        assertThat(dialog.isOpened()).as(() -> "still open: " + text(dialog) + " / " + invalidFields()).isFalse();
        assertThat(lastNotification()).matches("Enrolled as client C-\\d{5}\\. The invitation is on its way\\.");
        assertThat(find(Div.class).id("triage-state").getElement().getTextRecursively())
                .contains("Status: Enrolled").containsPattern("Client: C-\\d{5}");
        assertThat(detailText()).contains("This request is closed for changes.");
        assertThat(find(Button.class).withId("enroll-button").exists()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, chosen))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("clinician")
    void aChangeSomeoneElseMadeMeanwhileIsExplainedAndTheRequestReloaded() {
        ConsultationSummary created = submit("Stale View " + shortId(), null, false);
        navigate(ConsultationsView.class);
        test(find(TextField.class).id("consultation-search")).setValue(created.reference());
        test(grid()).select(0);

        ConsultationDetail seen = consultations.get(created.id());
        triage.changeStatus(created.id(), seen.version(), ConsultationStatus.CLOSED, null); // another person

        test(find(Button.class).id("status-CONTACTED")).click();
        assertThat(lastNotification()).startsWith("Someone else changed this request a moment ago.");
        assertThat(find(Div.class).id("triage-state").getElement().getTextRecursively()).contains("Status: Closed");
        assertThat(find(Button.class).withId("status-CONTACTED").exists()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void everyFieldIsLabelledAndEveryStringTranslatedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            UI.getCurrent().setLocale(locale);
            navigate(ConsultationsView.class);
            test(find(TextField.class).id("consultation-search")).setValue("Robin Adair");
            test(grid()).select(0);
            test(find(Button.class).id("enroll-button")).click();

            String page = text(getCurrentView()) + text(find(Dialog.class).id("enroll-dialog")) + allLabels();
            assertThat(page).as(locale.toString()).doesNotContain("!triage.", "!staff.", "!consultation.");
            for (Class<? extends Component> type : List.of(TextField.class, TextArea.class, EmailField.class,
                    ComboBox.class, DatePicker.class, Checkbox.class)) {
                for (Component field : find(type).all()) {
                    assertThat(((HasLabel) field).getLabel()).as(field.getId().orElse(type.getSimpleName()))
                            .isNotBlank();
                }
            }
            if (locale.getLanguage().equals("es")) {
                assertThat(page).contains("Solicitudes de consulta", "Cómo comunicarse con esta persona",
                        "Inscribir como cliente", "Clínico principal");
            }
            find(Dialog.class).id("enroll-dialog").close();
        }
    }

    private String invalidFields() {
        StringBuilder invalid = new StringBuilder();
        for (Class<? extends Component> type : List.of(TextField.class, EmailField.class, ComboBox.class)) {
            for (Component c : find(type).all()) {
                if (c instanceof com.vaadin.flow.component.shared.HasValidationProperties v && v.isInvalid()) {
                    invalid.append(c.getId().orElse("?")).append('=').append(v.getErrorMessage()).append("; ");
                }
            }
        }
        return invalid.toString();
    }

    private String allLabels() {
        StringBuilder labels = new StringBuilder();
        for (Class<? extends Component> type : List.of(TextField.class, TextArea.class, EmailField.class,
                ComboBox.class, DatePicker.class, Checkbox.class, Button.class)) {
            for (Component c : find(type).all()) {
                if (c instanceof HasLabel labelled && labelled.getLabel() != null) {
                    labels.append(' ').append(labelled.getLabel());
                }
                if (c instanceof Button button) {
                    labels.append(' ').append(button.getText());
                }
            }
        }
        return labels.toString();
    }

    @SuppressWarnings("unchecked")
    private Grid<ConsultationSummary> grid() {
        return find(Grid.class).id("consultations-grid");
    }

    private String detailText() {
        return find(Div.class).id("consultation-detail").getElement().getTextRecursively();
    }

    private static String text(com.vaadin.flow.component.HasElement component) {
        return component.getElement().getTextRecursively();
    }

    private String lastNotification() {
        List<Notification> all = find(Notification.class).all();
        return test(all.get(all.size() - 1)).getText();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private ConsultationSummary submit(String name, String email, boolean mayIdentify) {
        ContactMethod method = email == null ? ContactMethod.PHONE : ContactMethod.EMAIL;
        String reference = consultations.submit(new ConsultationForm(UUID.randomUUID().toString(), name, method,
                email == null ? "(602) 555-0175" : null, email, null, mayIdentify, Set.of(), null, "hello", null,
                true, null, "en"), "192.0.2.120").reference();
        return consultations.search(new ConsultationFilter(reference, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0);
    }
}
