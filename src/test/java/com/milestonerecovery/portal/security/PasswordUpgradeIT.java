package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An account still hashed with bcrypt is re-hashed with Argon2id at its next sign-in, transparently. */
@IntegrationTest
class PasswordUpgradeIT {

    private static final String PASSWORD = "copper kettle evening walk";

    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOldBcryptHashIsUpgradedAtSignIn() throws Exception {
        String username = "upgrade." + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAs(Role.ADMIN, () -> accounts.create(new NewAccount(username,
                username + "@test.invalid", "Upgrade Test", Set.of(Role.CLIENT), PASSWORD)));
        String old = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        jdbc.update("update user_account set password_hash = ? where username = ?", old, username);

        assertThat(authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD))
                .isAuthenticated()).isTrue();

        String upgraded = jdbc.queryForObject("select password_hash from user_account where username = ?",
                String.class, username);
        assertThat(upgraded).startsWith("{argon2}$argon2id$").isNotEqualTo(old);
        assertThat(encoder.matches(PASSWORD, upgraded)).isTrue();
        assertThat(encoder.upgradeEncoding(upgraded)).isFalse();
        // And the upgraded hash signs in as before.
        assertThat(authentication.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD))
                .isAuthenticated()).isTrue();
    }
}
