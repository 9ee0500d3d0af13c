package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.support.Accessibility;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TwoStep;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real Chromium: the clinician starts the shift on the dashboard, finds the demo client's urgent flag,
 * acknowledges it, adds lorazepam to a plan with buprenorphine/naloxone, meets the boxed warning, records why
 * and saves; the client then sees the new plan version.
 */
@IntegrationTest
class StaffJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    CheckInService checkIns;
    @Autowired
    UserDetailsService users;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void clinicianHandlesAFlagAndMakesASafePlanChangeThatTheClientSees() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        signIn(page, "clinician");
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        Locator flags = page.locator("#panel-flags");
        assertThat(flags).containsText("Jamie");
        Accessibility.assertNoSeriousFindings(page, "/staff");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-dashboard.png"))
                .setFullPage(true));

        flags.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jamie")).first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+\\?section=flags$"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview")).click();
        assertThat(page.locator("#trend-adherence svg[role='img']")).isVisible();
        assertThat(page.locator("#trend-cravings-mood svg")).hasAttribute("viewBox", "0 0 640 280");
        Accessibility.assertNoSeriousFindings(page, "/staff/clients (overview with charts)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/client-overview.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Urgent flags")).click();
        Locator open = page.locator("#flag-list .flag-open").filter(new Locator.FilterOptions()
                .setHasText("New: not yet seen"));
        int unseen = open.count();
        org.assertj.core.api.Assertions.assertThat(unseen).isPositive();
        open.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Acknowledged.");
        assertThat(open).hasCount(unseen - 1);
        Accessibility.assertNoSeriousFindings(page, "/staff/clients (flags)");

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Medication plan")).click();
        String before = page.locator("#plan-version").innerText();
        page.locator("#plan-add").click();
        Locator medication = page.locator("#plan-medication input");
        medication.fill("Loraz");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Lorazepam")).first()
                .click();
        assertThat(page.locator("#plan-unit input")).hasValue("mg");
        page.locator("#plan-dose input").fill("0.5");
        page.locator("#plan-as-needed input").check();
        page.locator("#plan-max-daily input").fill("2");
        page.locator("#plan-reason textarea").fill("Panic attacks at night; short course");
        page.locator("#plan-save").click();

        Locator warnings = page.locator("#plan-warnings");
        assertThat(warnings).containsText("Boxed warning");
        assertThat(warnings).containsText("buprenorphine-naloxone + lorazepam");
        assertThat(warnings).containsText("naloxone is at hand");
        assertThat(page.locator("#plan-version")).hasText(before); // nothing saved yet
        Accessibility.assertNoSeriousFindings(page, "plan change with interaction");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/plan-warning.png")));

        page.locator("#plan-override textarea")
                .fill("Two weeks only, lowest dose; naloxone kit at home; discussed with the client.");
        page.locator("#plan-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Saved as version");
        assertThat(page.locator("#plan-version")).not().hasText(before);
        String version = page.locator("#plan-version").innerText();
        assertThat(page.locator("#plan-history")).containsText("Added: Lorazepam 0.5 mg, as needed, up to 2 a day");
        page.context().close();

        Page client = Browser.newPage(390, 844);
        client.navigate(url("/login"));
        signIn(client, "client");
        client.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        client.navigate(url("/portal/plan"));
        assertThat(client.locator("#current-medications")).containsText("Lorazepam");
        assertThat(client.locator("#plan-history")).containsText(version);
        assertThat(client.locator("#plan-history")).containsText("Panic attacks at night; short course");
        assertThat(client.locator("#plan-history")).not().containsText("naloxone kit");
        client.context().close();
    }

    @Test
    void theDashboardUpdatesItselfWhenAClientRaisesAFlag() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        signIn(page, "clinician");
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        Locator count = page.locator("#panel-flags .dashboard-count");
        int before = Integer.parseInt(count.innerText().strip());

        // Demo client01 is clinician's; the check-in arrives through the service, as from another device.
        SignedIn.run(users, "client01", () -> checkIns.submit(new CheckInForm(9, 4, new BigDecimal("6"), List.of(),
                null, null, null, null, null)));
        assertThat(count).hasText(String.valueOf(before + 1), new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#panel-flags")).containsText("Cravings 8 or more");
        page.context().close();
    }

    private void signIn(Page page, String username) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo-Recovery-2026");
        page.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(page, clock);
    }
}
