package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TwoStep;
import com.milestonerecovery.portal.support.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium against the running app: each role lands on its own home; sign-out ends the session. */
@IntegrationTest
class SignInJourneyIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void clientLandsOnThePortalAndSignsOut() throws Exception {
        Page page = Browser.newPage(390, 844); // a phone
        page.navigate(url("/portal"));
        // The first page of a cold test JVM can take a while to render on a loaded machine.
        assertThat(page.locator("vaadin-login-form")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        signIn(page, "client");

        page.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Jamie Demo")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Crisis support")))
                .containsText("988");

        // Mark today's first pending dose as taken (clock pinned to noon so a morning dose is due).
        clock.setInstant(LocalDate.now(PHOENIX).atTime(12, 0).atZone(PHOENIX).toInstant());
        try {
            page.reload();
            Locator takenButtons = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Mark .* as taken$")));
            takenButtons.first().waitFor();
            int pending = takenButtons.count();
            org.assertj.core.api.Assertions.assertThat(pending).isGreaterThan(0);
            takenButtons.first().click();
            assertThat(takenButtons).hasCount(pending - 1);
            assertThat(page.locator(".dose-taken").first()).containsText("Taken");
            assertThat(page.locator("#adherence")).containsText("last 30 days");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-phone.png"))
                    .setFullPage(true));

            // The drawer's links: on a phone the menu button opens the drawer; a link moves inside the same page
            // (the client-side router, no reload), marks itself as the current page and closes the drawer.
            page.evaluate("() => window.stillTheSamePage = true");
            Locator nav = page.locator("nav.portal-nav[aria-label='My portal']");
            assertThat(nav.locator("a[aria-current='page']")).hasText("Today");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
            assertThat(nav).isVisible();
            // The drawer slides in: the picture once it is all in view.
            page.waitForFunction("() => document.querySelector('.drawer-menu').getBoundingClientRect().left >= 0");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-menu-phone.png")));
            nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My plan")).click();
            page.waitForURL(Pattern.compile(".*/portal/plan$"));
            assertThat(page.locator("#current-medications")).containsText("Buprenorphine/naloxone");
            assertThat(nav.locator("a[aria-current='page']")).hasText("My plan");
            assertThat(nav).isHidden();
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                    .isEqualTo(true);
            assertThat(page.locator("#plan-history")).containsText("Version 4");

            page.navigate(url("/portal/learn"));
            page.locator("#learn-buprenorphine-naloxone vaadin-details-summary").click();
            assertThat(page.locator("#learn-buprenorphine-naloxone .education-text")).isVisible();
            assertThat(page.locator("#learn-buprenorphine-naloxone .education-text h2").nth(1))
                    .hasText("How to take it");

            page.navigate(url("/portal/check-in"));
            page.locator("#cravings input").fill("9");
            page.locator("#mood input").fill("4");
            page.locator("#submit-check-in").click();
            assertThat(page.locator("#check-in-crisis")).containsText("988");
            assertThat(page.locator("#check-in-crisis")).containsText("We have let your care team know");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/check-in-crisis.png")));

            page.navigate(url("/portal/account"));
            // A copy of the records comes only after the password is typed again.
            assertThat(page.locator("#export-csv")).isHidden();
            page.locator("#export-prepare").click();
            page.locator("#reauth-password input").fill("not my password");
            page.locator("#reauth-confirm").click();
            // Wait for the answer (the field is cleared and marked) before typing again, or it clears the new text.
            assertThat(page.locator("#reauth-password")).hasAttribute("invalid", "");
            assertThat(page.locator("#export-csv")).isHidden();
            page.locator("#reauth-password input").fill("Demo-Recovery-2026");
            page.locator("#reauth-confirm").click();
            assertThat(page.locator("#export-csv")).isVisible();
            Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".csv");
            String csv = Files.readString(download.path());
            org.assertj.core.api.Assertions.assertThat(csv).startsWith("# Confidentiality notice (42 CFR 2.32)")
                    .contains("dose,", "Buprenorphine/naloxone", "check-in,");
        } finally {
            clock.reset();
        }

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/$"));
        page.navigate(url("/portal"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    @Test
    void clinicianLandsOnTheStaffDashboard() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        signIn(page, "clinician");

        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Dr. Dana Whitfield")))
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff.png")));

        page.navigate(url("/portal"));
        assertThat(page.locator("body")).not().containsText("Hello,");
        page.context().close();
    }

    @Test
    void aWrongPasswordGetsOneMessageThatRevealsNothing() {
        Page page = Browser.newPage();
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill("clinician");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not correct");
        String wrongPassword = page.locator("vaadin-login-form").innerText();

        page.locator("input[name='username']").fill("nobody-has-this-name");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("vaadin-button[slot='submit'], button[type='submit']").first().click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not correct");
        org.assertj.core.api.Assertions.assertThat(page.locator("vaadin-login-form").innerText())
                .isEqualTo(wrongPassword);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/login-error.png")));
        page.context().close();
    }

    private void signIn(Page page, String username) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo-Recovery-2026");
        page.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(page, clock);
    }
}
