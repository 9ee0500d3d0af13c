package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.milestonerecovery.portal.support.Screens.assertFitsTheScreen;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.milestonerecovery.portal.support.Accessibility;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TwoStep;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person on a phone reads the public page in both languages, asks for a consultation and gets a
 * reference; a coordinator then finds that request. Plus axe-core on the public pages in both languages.
 */
@IntegrationTest
class ConsultationJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPersonRequestsAConsultationOnAPhoneAndACoordinatorFindsIt() {
        Page page = Browser.newPage(360, 780);
        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");

        assertFitsTheScreen(page, "home (en)");
        switchLanguage(page, "es");
        assertThat(page.locator("body")).containsText("Preguntas");
        assertFitsTheScreen(page, "home (es)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-es-phone.png"))
                .setFullPage(true));

        page.reload(); // the choice is remembered
        assertThat(page.locator("html")).hasAttribute("lang", "es");
        switchLanguage(page, "en");

        // The questions open and close from the keyboard (the browser's own <details>).
        Locator question = page.locator("#faq-1 summary");
        question.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#faq-1")).hasAttribute("open", "");
        assertThat(page.locator("#faq-1 p")).isVisible();
        page.locator("#section-faq").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/home-faq-phone.png")));
        page.keyboard().press("Enter");
        assertThat(page.locator("#faq-1 p")).isHidden();

        page.locator("#hero-cta").click();
        page.waitForURL(Pattern.compile(".*/consultation$"));
        String name = "Journey <b>Tester</b>";
        page.locator("#preferredName input").fill(name);
        page.getByText("By phone").click();
        page.locator("#phone input").fill("(480) 555-0166");
        page.locator("#bestTimes input").fill("Evenings");
        page.locator("#message textarea").fill("<script>alert(1)</script>");
        page.locator("#consent input").check();
        assertFitsTheScreen(page, "consultation form");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/consultation-phone.png"))
                .setFullPage(true));
        page.locator("#submit-consultation").click();

        Locator reference = page.locator("#consultation-reference .reference-code");
        assertThat(reference).hasText(Pattern.compile("[0-9A-Z]{5}-[0-9A-Z]{5}"));
        String code = reference.innerText();
        page.context().close();

        Page staff = Browser.newPage();
        staff.navigate(url("/login"));
        staff.locator("input[name='username']").fill("coordinator");
        staff.locator("input[name='password']").fill("Demo-Recovery-2026");
        staff.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(staff, clock);
        staff.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consultation requests")).click();
        staff.waitForURL(Pattern.compile(".*/staff/consultations$"));
        Locator row = staff.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(code));
        assertThat(row).isVisible();
        row.click();
        assertThat(staff.locator("#consultation-detail")).containsText(name);
        assertThat(staff.locator("#consultation-detail")).containsText("<script>alert(1)</script>");
        assertThat(staff.locator("#consultation-detail b")).hasCount(0);
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-consultations.png")));
        staff.context().close();
    }

    @Test
    void publicPagesHaveNoSeriousOrCriticalAccessibilityFindingsInEitherLanguage() {
        Page page = Browser.newPage();
        for (String language : List.of("en", "es")) {
            page.navigate(url("/"));
            if (!page.locator("html").getAttribute("lang").equals(language)) {
                switchLanguage(page, language);
            }
            for (String path : List.of("/", "/consultation")) {
                page.navigate(url(path));
                page.locator("main h1").waitFor();
                Accessibility.assertNoSeriousFindings(page, path + " (" + language + ")");
            }
        }
        page.context().close();
    }

    /** Clicks the switch and waits for the reloaded page in the other language. */
    private static void switchLanguage(Page page, String language) {
        page.locator("#language-switch").click();
        assertThat(page.locator("#language-switch")).hasText("es".equals(language) ? "English" : "Español");
        assertThat(page.locator("html")).hasAttribute("lang", language);
        page.waitForLoadState();
    }
}
