package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.milestonerecovery.portal.support.IntegrationTest;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts on the real MariaDB: hashing, uniqueness, paging in the database, and who may manage them. */
@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSignInWhileTheAccountIsBeingChangedMakesNeitherFail() {
        // Another change of the account is in flight (it read the row and its version) when a sign-in of the same
        // account, on another device, commits: before, the sign-in bumped the version and one of the two failed
        // (two simultaneous sign-ins of one account did too: seen in the session benchmark).
        long id = repository.findByUsername("client07").orElseThrow().getId();
        jdbc.update("update user_account set last_login_at = null where id = ?", id);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            UserAccount account = repository.findByUsername("client07").orElseThrow();
            account.setLocked(true); // an admin's edit in flight: it read the row and its version
            CompletableFuture.runAsync(() -> throttle.recordSuccess(id, "client07", "password")).join();
            repository.saveAndFlush(account); // the version check still passes
        });
        Instant lastLogin = jdbc.queryForObject("select last_login_at from user_account where username = 'client07'",
                Instant.class);
        assertThat(lastLogin).isNotNull(); // and the other change, committed after it, kept it
        assertThat(jdbc.queryForObject("select locked from user_account where id = ?", Boolean.class, id)).isTrue();
        jdbc.update("update user_account set locked = false where id = ?", id);
        assertThat(jdbc.queryForObject("select failed_logins from user_account where username = 'client07'",
                Integer.class)).isZero();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void storesOnlyAStrongHashOfThePassword() {
        AccountSummary created = accounts.create(new NewAccount("hash.check", "hash.check@test.invalid",
                "Hash Check", Set.of(Role.CLINICIAN), "correct-horse-battery-1"));
        String stored = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
                created.id());
        assertThat(stored).startsWith("{argon2}$argon2id$").doesNotContain("correct-horse");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rejectsDuplicateUsernamesAndEmailsWithAClearKey() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("client", "someone-else@test.invalid", "X",
                Set.of(Role.CLIENT), null)))
                .isInstanceOf(AccountConflictException.class).hasMessage("account.error.usernameTaken");
        assertThatThrownBy(() -> accounts.create(new NewAccount("brand.new", "client@demo.invalid", "X",
                Set.of(Role.CLIENT), null)))
                .isInstanceOf(AccountConflictException.class).hasMessage("account.error.emailTaken");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void rejectsInvalidInputBeforeTouchingTheDatabase() {
        assertThatThrownBy(() -> accounts.create(new NewAccount("A B", "not-an-email", "", Set.of(), "short")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void searchesFiltersSortsAndPagesInTheDatabase() {
        Page<AccountSummary> clients = accounts.search("", Role.CLIENT, PageRequest.of(0, 10, Sort.by("username")));
        assertThat(clients.getContent()).hasSize(10).allMatch(a -> a.roles().contains(Role.CLIENT));
        assertThat(clients.getTotalElements()).isGreaterThanOrEqualTo(26);
        // Sorted by the database (other tests enrol clients too, so the first page is not fixed).
        assertThat(clients.getContent()).extracting(AccountSummary::username)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        Page<AccountSummary> named = accounts.search("client", Role.CLIENT, PageRequest.of(0, 200, Sort.by("username")));
        assertThat(named.getContent()).extracting(AccountSummary::username).contains("client", "client01")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        Page<AccountSummary> found = accounts.search("Whitfield", null, PageRequest.of(0, 10));
        assertThat(found.getContent()).extracting(AccountSummary::username).containsExactly("clinician");
    }

    @Test
    @WithMockUser(roles = {"CLINICIAN", "COORDINATOR", "CLIENT"})
    void onlyAdminsManageAccounts() {
        assertThatThrownBy(() -> accounts.search("", null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(1L, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new NewAccount("sneaky", "sneaky@test.invalid", "S",
                Set.of(Role.ADMIN), "long-enough-password"))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    @WithUserDetails("client16")
    void changingYourOwnPasswordNeedsTheCurrentOneAndAGoodNewOne() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password-here", "a-brand-new-passphrase"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("account.password.error.current");
        assertThatThrownBy(() -> accounts.changeOwnPassword("Demo-Recovery-2026", "short"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("account.password.error.length");
        assertThatThrownBy(() -> accounts.changeOwnPassword("Demo-Recovery-2026", "Demo-Recovery-2026"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("account.password.error.same");

        accounts.changeOwnPassword("Demo-Recovery-2026", "copper kettle morning walk");
        String stored = jdbc.queryForObject("select password_hash from user_account where username = 'client16'",
                String.class);
        assertThat(encoder.matches("copper kettle morning walk", stored)).isTrue();
        assertThat(encoder.matches("Demo-Recovery-2026", stored)).isFalse();
    }

    @Test
    void anonymousCannotManageAccounts() {
        assertThatThrownBy(() -> accounts.search("", null, PageRequest.of(0, 10)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
