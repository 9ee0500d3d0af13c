package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.milestonerecovery.portal.support.Accessibility;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The client journey in Spanish on a phone: sign in, record a dose, a check-in with cravings 9 shows the
 * crisis information, read about buprenorphine/naloxone, download the CSV export. axe-core on the way.
 */
@IntegrationTest
class ClientJourneyInSpanishIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void unaClienteRecorreSuPortalEnEspanol() throws Exception {
        clock.setInstant(LocalDate.now(PHOENIX).atTime(12, 0).atZone(PHOENIX).toInstant());
        Page page = Browser.newPage(360, 800);
        try {
            page.context().addCookies(List.of(new Cookie("portal-lang", "es").setUrl(url("/"))));
            page.navigate(url("/login"));
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            page.locator("input[name='username']").fill("client22");
            page.locator("input[name='password']").fill("Demo-Recovery-2026");
            page.locator("input[name='password']").press("Enter");
            page.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Hola");
            page.locator("vaadin-app-layout").waitFor();
            Accessibility.assertNoSeriousFindings(page, "/portal (es)");

            Locator taken = page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName(Pattern.compile("^Marcar .* como tomada$")));
            taken.first().waitFor();
            int pending = taken.count();
            taken.first().click();
            assertThat(taken).hasCount(pending - 1);
            assertThat(page.locator(".dose-taken").first()).containsText("Tomada");

            page.navigate(url("/portal/check-in"));
            page.locator("#submit-check-in").waitFor();
            Accessibility.assertNoSeriousFindings(page, "/portal/check-in (es)");
            page.locator("#cravings input").fill("9");
            page.locator("#mood input").fill("3");
            page.locator("#submit-check-in").click();
            assertThat(page.locator("#check-in-crisis")).containsText("988");
            assertThat(page.locator("#check-in-crisis")).containsText("Le avisamos a su equipo de atención");

            page.navigate(url("/portal/learn"));
            Locator first = page.locator(".learn-article").first();
            first.locator("vaadin-details-summary").click();
            assertThat(first.locator(".education-text")).containsText("Cómo tomarlo");

            page.navigate(url("/portal/account"));
            page.locator("#export-prepare").click();                // the password again, then the links
            page.locator("#reauth-password input").fill("Demo-Recovery-2026");
            page.locator("#reauth-confirm").click();
            Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
            org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()))
                    .startsWith("# Aviso de confidencialidad (42 CFR 2.32)");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/account-es-phone.png"))
                    .setFullPage(true));
        } finally {
            page.context().close();
            clock.reset();
        }
    }
}
