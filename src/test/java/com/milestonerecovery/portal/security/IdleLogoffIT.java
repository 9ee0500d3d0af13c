package com.milestonerecovery.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TwoStep;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Idle logoff in real Chromium: staff after 15 minutes, clients after 30, and Vaadin's heartbeat (sent here
 * by hand, as the open tab would) does not keep a session alive. Server time moves with the session clock and
 * the browser's timers with Playwright's clock, so nothing waits for real minutes.
 */
@IntegrationTest
class IdleLogoffIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    @Qualifier("sessionClock")
    MutableClock sessionClock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        sessionClock.reset();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void staffAreSignedOutAfterFifteenIdleMinutesDespiteHeartbeats() {
        Page page = Browser.newPage();
        signIn(page, "clinician2");
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        Instant signedIn = Instant.now();
        int before = signOuts();

        sessionClock.setInstant(signedIn.plus(Duration.ofMinutes(10)));
        heartbeat(page);
        page.navigate(url("/staff"));   // still signed in after 10 minutes; this page load is activity
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, Dr. Luis Carrillo")))
                .isVisible();

        sessionClock.setInstant(signedIn.plus(Duration.ofMinutes(20)));
        heartbeat(page);                 // 10 idle minutes: heartbeats alone do not count as activity
        sessionClock.setInstant(signedIn.plus(Duration.ofMinutes(26)));
        heartbeat(page);                 // 16 idle minutes: this request ends the session
        assertThat(signOuts()).isEqualTo(before + 1);

        page.navigate(url("/staff"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    @Test
    void clientsHaveThirtyMinutes() {
        Page page = Browser.newPage(390, 844);
        signIn(page, "client03");
        page.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        Instant signedIn = Instant.now();

        sessionClock.setInstant(signedIn.plus(Duration.ofMinutes(16)));
        page.navigate(url("/portal/plan"));     // 16 idle minutes are fine for a client
        assertThat(page.locator("#current-medications")).isVisible();

        sessionClock.setInstant(signedIn.plus(Duration.ofMinutes(16 + 31)));
        heartbeat(page);
        page.navigate(url("/portal/plan"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    private void heartbeat(Page page) {
        // What an open tab sends every few minutes (Vaadin's heartbeat): must not count as activity.
        page.request().post(url("/?v-r=heartbeat&v-uiId=0"));
    }

    private int signOuts() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_OUT'", Integer.class);
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo-Recovery-2026");
        page.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(page, clock);
    }
}
