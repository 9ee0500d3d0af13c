package com.milestonerecovery.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.milestonerecovery.portal.consultation.ui.ConsultationView;
import com.milestonerecovery.portal.publicsite.ui.HomeView;
import com.milestonerecovery.portal.staff.ui.ConsultationsView;
import com.milestonerecovery.portal.support.ElementTree;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** The form's validation paths, the receipt, the self-check hand-off, and how staff see what was typed. */
@SpringBootTest
class ConsultationViewTest extends SpringBrowserlessTest {

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @BeforeEach
    void resetLimits() {
        rateLimiter.reset();
    }

    @Test
    @WithAnonymousUser
    void anEmptyFormExplainsEachRequiredFieldAndStoresNothing() {
        navigate(ConsultationView.class);
        test(find(Button.class).id("submit-consultation")).click();

        assertThat(find(TextField.class).id("preferredName").getErrorMessage())
                .isEqualTo("Enter a name or initials we can use.");
        assertThat(find(TextField.class).id("preferredName").isInvalid()).isTrue();
        assertThat(find(RadioButtonGroup.class).id("contactMethod").getErrorMessage())
                .isEqualTo("Choose how we should reach you.");
        assertThat(find(Checkbox.class).id("consent").getErrorMessage())
                .isEqualTo("Tick this box so we may contact you.");
        Div summary = find(Div.class).id("form-error");
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(summary.getElement().getTextRecursively()).contains("3 fields need your attention");
        assertThat(find(Div.class).withId("consultation-reference").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aBadPhoneNumberIsExplainedNextToTheField() {
        navigate(ConsultationView.class);
        fillValid("K.", "123");
        test(find(Button.class).id("submit-consultation")).click();

        assertThat(find(TextField.class).id("phone").getErrorMessage())
                .isEqualTo("Enter a valid phone number, for example (602) 555-0123.");
        assertThat(find(TextField.class).id("preferredName").isInvalid()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aValidRequestShowsItsReferenceAndWhatHappensNext() {
        navigate(ConsultationView.class);
        fillValid("M.", "(602) 555-0177");
        test(find(Button.class).id("submit-consultation")).click();

        Div reference = find(Div.class).id("consultation-reference");
        assertThat(reference.getElement().getTextRecursively()).matches("Your reference: [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(reference.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(find(Button.class).withId("submit-consultation").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void theSixthRequestInAnHourGetsAFriendlyLimitMessage() {
        for (int i = 0; i < 5; i++) {
            navigate(HomeView.class); // a fresh form each time, as a new visit would get
            navigate(ConsultationView.class);
            fillValid("P" + i, "(602) 555-01" + (10 + i));
            test(find(Button.class).id("submit-consultation")).click();
            assertThat(find(Div.class).withId("consultation-reference").exists()).isTrue();
        }
        navigate(HomeView.class);
        navigate(ConsultationView.class);
        fillValid("P6", "(602) 555-0120");
        test(find(Button.class).id("submit-consultation")).click();

        assertThat(find(Div.class).withId("consultation-reference").exists()).isFalse();
        assertThat(find(Div.class).id("form-error").getElement().getTextRecursively())
                .startsWith("We have received several requests from you in the last hour")
                .contains("(602) 555-0100");
    }

    @Test
    @WithAnonymousUser
    void theSelfCheckOffersTheFormWithTheTickedConcernsPreselected() {
        navigate(HomeView.class);
        assertThat(find(Button.class).withId("signs-cta").exists()).as("offered only after a tick").isFalse();
        test(find(Checkbox.class).id("sign-mood")).click();
        test(find(Checkbox.class).id("sign-relapse")).click();
        assertThat(find(Button.class).id("signs-cta").isVisible()).isTrue();

        test(find(Button.class).id("signs-cta")).click();
        assertThat(getCurrentView()).isInstanceOf(ConsultationView.class);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Concern> concerns = find(CheckboxGroup.class).id("concerns");
        assertThat(concerns.getValue()).isEqualTo(Set.of(Concern.MOOD, Concern.RELAPSE));
    }

    @Test
    @WithAnonymousUser
    void theHomePageTellsTheWholeStoryWithAnFaq() {
        navigate(HomeView.class);
        org.jsoup.nodes.Element page = ElementTree.rendered(getCurrentView().getElement());
        assertThat(page.text()).contains("buprenorphine", "naltrexone", "methadone");
        assertThat(page.select(".faq details")).hasSize(8);
    }

    @Test
    @WithUserDetails("coordinator")
    void staffSeeTypedMarkupAsPlainText() {
        String payload = "<script>alert(1)</script>";
        SubmissionReceipt receipt = submitDirectly(payload);
        navigate(ConsultationsView.class);
        @SuppressWarnings("unchecked")
        Grid<ConsultationSummary> grid = find(Grid.class).id("consultations-grid");
        ConsultationSummary row = test(grid).size() > 0 ? findRow(grid, receipt.reference()) : null;
        assertThat(row).isNotNull();
        assertThat(row.preferredName()).isEqualTo(payload);
        grid.select(row);

        assertThat(find(Span.class).withClassName("detail-value").withText(payload).all()).hasSize(2);
        assertThat(find(Div.class).id("consultation-detail").getElement().getOuterHTML())
                .doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Autowired
    ConsultationService consultations;

    private SubmissionReceipt submitDirectly(String payload) {
        return consultations.submit(new ConsultationForm(java.util.UUID.randomUUID().toString(), payload,
                ContactMethod.PHONE, "6025550199", null, null, false, Set.of(), null, payload, null, true, null, "en"),
                "192.0.2.99");
    }

    private ConsultationSummary findRow(Grid<ConsultationSummary> grid, String reference) {
        for (int i = 0; i < test(grid).size(); i++) {
            ConsultationSummary row = test(grid).getRow(i);
            if (row.reference().equals(reference)) {
                return row;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void fillValid(String name, String phone) {
        test(find(TextField.class).id("preferredName")).setValue(name);
        test((RadioButtonGroup<ContactMethod>) find(RadioButtonGroup.class).id("contactMethod"))
                .selectItem("By phone");
        test(find(TextField.class).id("phone")).setValue(phone);
        test(find(TextArea.class).id("message")).setValue("Hello");
        test(find(Checkbox.class).id("consent")).click();
    }
}
