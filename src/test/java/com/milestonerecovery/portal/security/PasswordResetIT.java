package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TestSmtp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Reset links by real mail: single use, short-lived, stored hashed, and silent about unknown accounts. */
@IntegrationTest
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("/activate/([A-Za-z0-9_-]{43})");

    @Autowired
    PasswordResetService resets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
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
        clock.reset();
    }

    private String mailedToken(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.count(recipient) >= 1);
        String text = TestSmtp.text(smtp.messagesTo(recipient)[smtp.count(recipient) - 1]);
        assertThat(text).doesNotContainIgnoringCase("recovery").doesNotContainIgnoringCase("addiction");
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aLinkSetsANewPasswordOnceAndIsStoredOnlyAsAHash() {
        resets.requestReset("client17", Locale.ENGLISH);
        String token = mailedToken("client17@demo.invalid");

        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class,
                token)).isZero();
        assertThat(resets.check(token)).contains(TokenPurpose.RESET);
        resets.complete(token, "river stone lantern quiet");
        String stored = jdbc.queryForObject("select password_hash from user_account where username = 'client17'",
                String.class);
        assertThat(encoder.matches("river stone lantern quiet", stored)).isTrue();

        assertThat(resets.check(token)).isEmpty();
        assertThatThrownBy(() -> resets.complete(token, "another long passphrase"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("reset.error.link");
    }

    @Test
    void aNewerLinkReplacesTheOlderOneAndLinksExpire() {
        resets.requestReset("client18@demo.invalid", Locale.ENGLISH);
        String first = mailedToken("client18@demo.invalid");
        resets.requestReset("client18", Locale.forLanguageTag("es"));
        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.count("client18@demo.invalid") >= 2);
        String second = mailedToken("client18@demo.invalid");

        assertThat(resets.check(first)).isEmpty();
        assertThat(resets.check(second)).contains(TokenPurpose.RESET);
        clock.setInstant(java.time.Instant.now().plus(Duration.ofMinutes(31)));
        assertThat(resets.check(second)).isEmpty();
    }

    @Test
    void unknownAccountsGetNoMailAndNoDifferentAnswer() {
        resets.requestReset("nobody-by-this-name", Locale.ENGLISH);
        resets.requestReset("", Locale.ENGLISH);
        resets.requestReset("x".repeat(10_000), Locale.ENGLISH);
        assertThat(resets.check("not-a-token")).isEmpty();
        assertThat(resets.check("A".repeat(43))).isEmpty();
        assertThat(smtp.messagesTo("nobody-by-this-name")).isEmpty();
    }
}
