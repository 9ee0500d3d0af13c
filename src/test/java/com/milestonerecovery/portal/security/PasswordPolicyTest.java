package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy with the real bundled list (no Spring needed). */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongUncommonPassphrases() {
        assertThat(policy.problem("harbor lantern morning tide", "jordan")).isEmpty();
        assertThat(policy.problem("Demo-Recovery-2026", "clinician")).isEmpty();
        assertThat(policy.problem("x".repeat(12) + "7Qz", null)).isEmpty();
    }

    @Test
    void refusesTooShortAndTooLong() {
        assertThat(policy.problem("short-one", null)).contains("account.password.error.length");
        assertThat(policy.problem("a".repeat(129), null)).contains("account.password.error.length");
        assertThat(policy.problem("", null)).contains("account.password.error.length");
    }

    @Test
    void refusesCommonPasswordsFromTheBundledBreachList() {
        assertThat(policy.isCommon("password")).isTrue();
        assertThat(policy.isCommon("PassWord")).isTrue();
        // A common password padded with digits or symbols to reach the length is still refused.
        assertThat(policy.problem("Password12345678", null)).contains("auth.password.error.common");
        assertThat(policy.problem("sunshine!!!!2024", null)).contains("auth.password.error.common");
        assertThat(policy.problem("1234567890!!iloveyou", null)).contains("auth.password.error.common");
    }

    @Test
    void refusesThePasswordThatContainsTheUsername() {
        assertThat(policy.problem("my-name-is-coordinator", "coordinator")).contains("account.password.error.same");
    }

    @Test
    void strengthGrowsWithUnpredictabilityAndStaysLowForRefusedPasswords() {
        assertThat(policy.strength("", null)).isZero();
        assertThat(policy.strength("Password12345678", null)).isLessThanOrEqualTo(1);
        assertThat(policy.strength("harbor lantern morning tide", null)).isGreaterThanOrEqualTo(3);
    }
}
