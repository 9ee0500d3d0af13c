package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.milestonerecovery.portal.support.Screens.assertFitsTheScreen;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.milestonerecovery.portal.support.Accessibility;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TwoStep;
import com.milestonerecovery.portal.support.TestSmtp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator finds Jordan Rivera's new request (demo data), records the first contact and enrols them;
 * Jordan opens the invitation from the real mailbox, chooses a password and signs in to the portal. Plus
 * axe-core on the triage page and the page on a phone.
 */
@IntegrationTest
class CoordinatorEnrollsJourneyIT {

    private static final String JORDAN = "jordan.rivera@example.org";
    private static final Pattern LINK = Pattern.compile("/activate/[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aCoordinatorEnrolsJordanWhoActivatesTheAccountAndSignsIn() {
        Page staff = Browser.newPage();
        signIn(staff, "coordinator", "Demo-Recovery-2026");
        staff.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consultation requests")).click();
        staff.waitForURL(Pattern.compile(".*/staff/consultations$"));
        assertThat(staff.locator("#consultations-grid")).isVisible();

        pick(staff, "#status-filter", "New");
        staff.locator("#consultation-search input").fill("Jordan Rivera");
        waitForOneRow(staff); // the grid reuses row elements: click only once the search is applied
        assertThat(cell(staff, "Jordan Rivera")).hasCount(1);
        cell(staff, "Jordan Rivera").click();
        Locator detail = staff.locator("#consultation-detail");
        assertThat(detail.locator("#contact-box")).containsText(JORDAN);
        assertThat(detail.locator("#may-identify")).hasText("Voicemail and email MAY mention the clinic.");
        Accessibility.assertNoSeriousFindings(staff, "/staff/consultations with a request open");

        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark as contacted")).click();
        assertThat(detail.locator("#triage-state")).containsText("Status: Contacted");
        assertThat(detail.locator("#consultation-history"))
                .containsText("Corey Coordinator changed the status from New to Contacted");

        staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enroll as a client…")).click();
        Locator dialog = staff.locator("#enroll-dialog");
        assertThat(dialog).hasAttribute("role", "dialog");
        assertThat(dialog).hasAttribute("aria-label", "Enroll as a client");
        assertThat(staff.locator("#enroll-email input")).isVisible();
        assertThat(staff.locator("#enroll-email input")).hasValue(JORDAN);
        assertThat(staff.locator("#enroll-username input")).hasValue("jordan.rivera");
        String username = staff.locator("#enroll-username input").inputValue();
        pick(staff, "#enroll-clinician", "Dr. Dana Whitfield");
        Accessibility.assertNoSeriousFindings(staff, "enrolment dialog");
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/enroll-dialog.png")));
        staff.locator("#enroll-submit").click();

        Locator done = staff.getByText(
                Pattern.compile("Enrolled as client C-\\d{5}\\. The invitation is on its way\\."));
        assertThat(done).isVisible();
        assertThat(staff.locator("#enroll-email input")).isHidden();
        assertThat(detail.locator("#triage-state")).containsText("Status: Enrolled");
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/enrolled.png")));
        staff.context().close();

        String invitation = invitationTo(JORDAN);
        org.assertj.core.api.Assertions.assertThat(invitation).contains(username)
                .doesNotContain("talk about my options", "Weekday evenings");
        Matcher link = LINK.matcher(invitation);
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

        Page jordan = Browser.newPage(390, 844);
        jordan.navigate(url(link.group())); // the mail's host is the configured public URL, not this test port
        assertThat(jordan.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Choose a password for your new account"))).isVisible();
        jordan.locator("#activate-password input").fill("harbor lantern morning tide");
        jordan.locator("#activate-repeat input").fill("harbor lantern morning tide");
        jordan.locator("#activate-save").click();
        assertThat(jordan.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your password is set")))
                .isVisible();

        signIn(jordan, username, "harbor lantern morning tide");
        jordan.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        assertThat(jordan.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Jordan Rivera");

        jordan.navigate(url(link.group()));
        assertThat(jordan.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("This link no longer works"))).isVisible();
        jordan.context().close();
    }

    @Test
    void theTriagePageFitsAPhoneWithARequestOpen() {
        Page phone = Browser.newPage(390, 844);
        signIn(phone, "coordinator", "Demo-Recovery-2026");
        phone.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        phone.navigate(url("/staff/consultations"));
        phone.locator("#consultation-search input").fill("Pat Moreno");
        waitForOneRow(phone);
        assertThat(cell(phone, "Pat Moreno")).hasCount(1);
        cell(phone, "Pat Moreno").click();
        assertThat(phone.locator("#may-identify")).hasText("Do NOT mention the clinic in voicemail or email.");
        assertThat(phone.locator("#enroll-button")).isVisible();
        assertFitsTheScreen(phone, "/staff/consultations on a phone");
        phone.locator("#enroll-button").click();
        assertThat(phone.locator("#enroll-discreet")).isVisible();
        assertFitsTheScreen(phone, "enrolment dialog on a phone");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/triage-phone.png"))
                .setFullPage(true));
        phone.locator("#enroll-cancel").click();
        phone.context().close();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(page, clock);
    }

    private static void waitForOneRow(Page page) {
        page.waitForFunction("() => document.querySelector('#consultations-grid').size === 1");
    }

    private static Locator cell(Page page, String text) {
        // Rows the grid no longer needs stay in the page, hidden: only visible cells count.
        return page.locator("#consultations-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    /**
     * Picks a combo box item with the keyboard: type its exact label, wait until the filtered item has arrived from
     * the server (Enter before that does nothing), then Enter.
     */
    private static void pick(Page page, String comboId, String label) {
        Locator input = page.locator(comboId + " input");
        input.click();
        input.pressSequentially(label);
        assertThat(page.locator(comboId)).hasAttribute("opened", "");
        assertThat(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)
                .setVisible(true)).first()).isVisible();
        input.press("ArrowDown");
        input.press("Enter");
        assertThat(page.locator(comboId)).not().hasAttribute("opened", "");
        assertThat(input).hasValue(label);
    }

    private String invitationTo(String recipient) {
        await().atMost(Duration.ofSeconds(30)).until(() -> invitation(recipient).isPresent());
        return invitation(recipient).orElseThrow();
    }

    private Optional<String> invitation(String recipient) {
        return Arrays.stream(smtp.messagesTo(recipient)).map(TestSmtp::text).filter(t -> LINK.matcher(t).find())
                .findFirst();
    }
}
