package com.milestonerecovery.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
 * Idle logoff in real Chromium: staff after 15 minutes, clients after 30, a warning a minute before, and
 * Vaadin's heartbeat (sent here by hand, as the open tab would) does not keep a session alive, nor does the
 * page's own idle check. Server time moves with the session clock and
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
        // The open page's own idle check ends up at the sign-in page too; wait for it before navigating.
        page.waitForURL(Pattern.compile(".*/login\\?timeout.*"), new Page.WaitForURLOptions().setTimeout(20_000));
        page.navigate(url("/portal/plan"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    @Test
    void aMinuteBeforeLogoffTheStaffDashboardWarnsAndStayingSignedInKeepsTheSession() {
        Page page = Browser.newPage();
        signIn(page, "clinician2");
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));   // the dashboard: its UI talks over push
        assertThat(page.locator("#panel-flags")).isVisible();
        settle(page);
        Instant start = Instant.now();                              // no activity after this so far
        int before = signOuts();
        Locator stay = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in"));

        // 14 min 50 s idle (or a little less, if the page's last requests came after "start"): the page's next
        // idle check (every 3 s in tests) finds under a minute left and warns. Had the check itself counted as
        // activity, the session would have 15 minutes again and nothing would show.
        sessionClock.setInstant(start.plus(Duration.ofSeconds(14 * 60 + 50)));
        assertThat(stay).isVisible(WARNING_WAIT);
        assertThat(page.getByText("Are you still there?")).isVisible();
        assertThat(stay).isFocused();

        stay.click();                                               // activity: another 15 minutes
        assertThat(stay).isHidden();
        settle(page);
        Instant stayed = start.plus(Duration.ofSeconds(14 * 60 + 50));
        sessionClock.setInstant(stayed.plus(Duration.ofMinutes(10)));
        page.waitForTimeout(4_000);                                 // a check or more: 5 minutes left, no warning
        assertThat(stay).isHidden();
        assertThat(signOuts()).isEqualTo(before);

        sessionClock.setInstant(stayed.plus(Duration.ofSeconds(14 * 60 + 30)));
        assertThat(stay).isVisible(WARNING_WAIT);                   // warned again 30 s before
        sessionClock.setInstant(stayed.plus(Duration.ofSeconds(15 * 60 + 5)));
        // Nobody answered: the next check ends the session and the page goes to the sign-in page, which says why.
        page.waitForURL(Pattern.compile(".*/login\\?timeout.*"), new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.getByText("For your privacy your session has ended")).isVisible();
        assertThat(signOuts()).isEqualTo(before + 1);
        page.context().close();
    }

    @Test
    void aClientIsWarnedAMinuteBeforeAndThenSignedOut() {
        Page page = Browser.newPage(390, 844);
        signIn(page, "client03");
        page.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        settle(page);
        Instant start = Instant.now();
        sessionClock.setInstant(start.plus(Duration.ofSeconds(29 * 60 + 50)));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")))
                .isVisible(WARNING_WAIT);
        sessionClock.setInstant(start.plus(Duration.ofSeconds(30 * 60 + 5)));
        page.waitForURL(Pattern.compile(".*/login\\?timeout.*"), new Page.WaitForURLOptions().setTimeout(20_000));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url("/portal/plan"));                         // really signed out
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();
    }

    private static final LocatorAssertions.IsVisibleOptions WARNING_WAIT =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    /**
     * Lets the requests that trail an action reach the server before the session clock is pinned (a page's last
     * loading requests, the dialog's closing events): one arriving after the pin would count as activity at the
     * pinned time. Not a timing assertion: nothing here depends on how long the server takes.
     */
    private static void settle(Page page) {
        page.waitForTimeout(3_000);
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
