package com.milestonerecovery.portal.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttling and lockout on the real sign-in path (Spring Security's authentication manager with this app's
 * user details, events and the real MariaDB), per account and per client address; the audit rows; the admin
 * unlock; and, in Chromium, that a locked account gets exactly the wrong-password message. Time moves with
 * the test clock, never by waiting.
 */
@IntegrationTest
class LockoutIT {

    private static final String PASSWORD = "quiet harbor lantern 42";

    @LocalServerPort
    int port;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void repeatedFailuresSlowDownThenLockTheAccountUntilAnAdminUnlocksIt() throws Exception {
        String username = newClient();
        long id = accountId(username);
        fromAddress("198.51.100." + (1 + (int) (Math.random() * 200)));
        Instant start = Instant.now();
        clock.setInstant(start);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(username, "not the password at all")).isInstanceOf(BadCredentialsException.class);
        }
        // Slowed down: right away, even the right password is refused (as locked) without being checked.
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(failedLogins(id)).isEqualTo(3);

        // After the wait (5 s, then 10, then 20) further wrong passwords count again; the 6th locks.
        clock.setInstant(start.plusSeconds(6));
        assertThatThrownBy(() -> signIn(username, "still not it, sorry")).isInstanceOf(BadCredentialsException.class);
        clock.setInstant(start.plusSeconds(17));
        assertThatThrownBy(() -> signIn(username, "still not it, sorry")).isInstanceOf(BadCredentialsException.class);
        clock.setInstant(start.plusSeconds(38));
        assertThatThrownBy(() -> signIn(username, "still not it, sorry")).isInstanceOf(BadCredentialsException.class);
        assertThat(failedLogins(id)).isEqualTo(6);

        // Locked for 15 minutes: the right password is refused long after the throttling wait.
        clock.setInstant(start.plus(Duration.ofMinutes(10)));
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(admin(() -> accounts.search(username, null, org.springframework.data.domain.PageRequest.of(0, 5)))
                .getContent().getFirst().locked()).isTrue();

        assertThat(audit(id, "SIGN_IN_FAILURE")).isGreaterThanOrEqualTo(8); // 6 wrong passwords + 2 refusals
        assertThat(audit(id, "ACCOUNT_LOCKOUT")).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where actor_id = ? and action = 'SIGN_IN_FAILURE'
                and detail like 'refused: %'""", Integer.class, id)).isEqualTo(2);

        // The admin unlocks: audited, and the right password works at once.
        admin(() -> accounts.unlock(id));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCOUNT_UNLOCK' "
                + "and detail = ?", Integer.class, "unlocked account " + id)).isEqualTo(1);
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        assertThat(failedLogins(id)).isZero();
        assertThat(audit(id, "SIGN_IN")).isEqualTo(1);
    }

    @Test
    void theTimedLockEndsByItself() throws Exception {
        String username = newClient();
        fromAddress("198.51.100.250");
        Instant start = Instant.now();
        for (int i = 0; i < 6; i++) {
            clock.setInstant(start.plus(Duration.ofMinutes(i))); // each after the throttling wait
            assertThatThrownBy(() -> signIn(username, "wrong wrong wrong")).isInstanceOf(BadCredentialsException.class);
        }
        clock.setInstant(start.plus(Duration.ofMinutes(5 + 14)));
        assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
        clock.setInstant(start.plus(Duration.ofMinutes(5 + 16)));
        assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aClientAddressWithTooManyFailuresIsRefusedForEveryAccount() throws Exception {
        String username = newClient();
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        fromAddress(address);
        try {
            // Many different (unknown) usernames from one address: no account reaches its own limit.
            for (int i = 0; i < 30; i++) {
                String guess = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
                assertThatThrownBy(() -> signIn(guess, "password guess")).isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> signIn(username, PASSWORD)).isInstanceOf(LockedException.class);
            assertThat(jdbc.queryForObject("""
                    select count(*) from audit_event where action = 'ACCOUNT_LOCKOUT' and remote_address = ?
                    and detail like 'client address blocked%'""", Integer.class, address)).isEqualTo(1);
            // Unknown names are never stored (what was typed may be a password).
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_name like 'nobody-%'",
                    Integer.class)).isZero();

            fromAddress("192.0.2.77"); // the same account from elsewhere still signs in
            assertThat(signIn(username, PASSWORD).isAuthenticated()).isTrue();
        } finally {
            jdbc.update("delete from login_address_failure where address = ?", address);
        }
    }

    @Test
    void aLockedAccountSeesExactlyTheWrongPasswordMessage() throws Exception {
        String username = newClient();
        fromAddress("127.0.0.1");
        Instant start = Instant.now();
        try {
            for (int i = 0; i < 6; i++) {
                clock.setInstant(start.plus(Duration.ofMinutes(i)));
                assertThatThrownBy(() -> signIn(username, "wrong wrong wrong"))
                        .isInstanceOf(BadCredentialsException.class);
            }
            clock.setInstant(start.plus(Duration.ofMinutes(6)));
            Page page = Browser.newPage();
            page.navigate("http://localhost:" + port + "/login");
            submit(page, "nobody-has-this-name", "not-the-password");
            String wrongPassword = page.locator("vaadin-login-form").innerText();
            assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not correct");

            submit(page, username, PASSWORD); // the RIGHT password of a locked account
            assertThat(page.locator("vaadin-login-form")).containsText("The username or password is not correct");
            assertThat(page.locator("vaadin-login-form").innerText()).isEqualTo(wrongPassword);
            page.context().close();
        } finally {
            jdbc.update("delete from login_address_failure where address in ('127.0.0.1', '0:0:0:0:0:0:0:1')");
        }
    }

    private static void submit(Page page, String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
    }

    private org.springframework.security.core.Authentication signIn(String username, String password)
            throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String newClient() {
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        admin(() -> accounts.create(new NewAccount(username, username + "@test.invalid", "Lock Test",
                Set.of(Role.CLIENT), PASSWORD)));
        return username;
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private int failedLogins(long id) {
        return jdbc.queryForObject("select failed_logins from user_account where id = ?", Integer.class, id);
    }

    private int audit(long id, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor_id = ? and action = ?",
                Integer.class, id, action);
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static <T> T admin(java.util.function.Supplier<T> work) {
        return SystemAuthentication.runAs(Role.ADMIN, work);
    }
}
