package com.milestonerecovery.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Chromium: a new staff member must set up two-step verification at the first sign-in (reads the key
 * from the page and computes the code, as an authenticator app would), signs out, signs in with a code, and
 * a recovery code works exactly once.
 */
@IntegrationTest
class TwoFactorJourneyIT {

    private static final String PASSWORD = "violet canyon river bell";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.milestonerecovery.portal.base.crypto.FieldCipher cipher;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void staffEnrolAtFirstSignInThenSignInWithACodeAndARecoveryCodeWorksOnce() {
        String username = "totp." + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAs(Role.ADMIN, () -> accounts.create(new NewAccount(username,
                username + "@test.invalid", "Dr. Test Enrolment", Set.of(Role.CLINICIAN), PASSWORD)));

        Page page = Browser.newPage(390, 844); // a phone
        signIn(page, username);
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Set up two-step verification"))).isVisible();
        assertThat(page.locator("#totp-qr")).isVisible();
        // Not signed in yet: staff pages still ask for a sign-in.
        String secret = page.locator("#totp-secret").innerText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        Accessibility.assertNoSeriousFindings(page, "two-step enrolment");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/totp-enrolment.png"))
                .setFullPage(true));

        page.locator("#enrol-code input").fill("000000".equals(code(secret)) ? "111111" : "000000");
        page.locator("#enrol-confirm").click();
        assertThat(page.locator("vaadin-text-field#enrol-code")).hasAttribute("invalid", "");
        page.locator("#enrol-code input").fill(code(secret));
        page.locator("#enrol-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        List<String> recovery = page.locator("#recovery-codes li").allInnerTexts();
        page.locator("#recovery-continue").click();
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Welcome, Dr. Test Enrolment"))).isVisible();
        signOut(page);

        // Stored: the secret encrypted (never in clear), and the recovery codes only as hashes.
        String stored = jdbc.queryForObject("select totp_secret from user_account where username = ?", String.class,
                username);
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(cipher.decrypt(stored)).isEqualTo(secret);
        assertThat(jdbc.queryForList("""
                select r.code_hash from recovery_code r join user_account a on a.id = r.user_account_id
                where a.username = ?""", String.class, username))
                .hasSize(10).allMatch(h -> h.matches("[0-9a-f]{64}")).doesNotContainAnyElementsOf(recovery);

        // Second sign-in: the password alone leads only to the second step; then a code from the app.
        signIn(page, username);
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Two-step verification"))).isVisible();
        page.navigate(url("/staff"));
        assertThat(page.locator("vaadin-login-form")).isVisible(); // the password alone signs nobody in
        signIn(page, username);
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
        TwoStep.enterCode(page, clock, secret);
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        signOut(page);

        // A recovery code works once.
        signIn(page, username);
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
        page.locator("#use-recovery-code").click();
        page.locator("#recovery-code input").fill(recovery.get(3));
        page.locator("#totp-verify").click();
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        signOut(page);

        signIn(page, username);
        page.waitForURL(Pattern.compile(".*/login/two-factor$"));
        page.locator("#use-recovery-code").click();
        page.locator("#recovery-code input").fill(recovery.get(3));
        page.locator("#totp-verify").click();
        assertThat(page.locator("vaadin-text-field#recovery-code")).hasAttribute("invalid", "");
        assertThat(page.locator("vaadin-text-field#recovery-code")).containsText("The code is not correct");
        assertThat(page).hasURL(Pattern.compile(".*/login/two-factor$"));
        page.context().close();

        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_id = ? and action = 'SIGN_IN'",
                Integer.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor_id = ? and action = 'TWO_FACTOR_CHANGE'""",
                Integer.class, id)).isEqualTo(2); // turned on, one recovery code used
    }

    private String code(String secret) {
        return Totp.code(secret, Totp.stepAt(clock.instant()));
    }

    private void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("input[name='password']").press("Enter");
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*/$"));
    }
}
