package com.milestonerecovery.portal.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.milestonerecovery.portal.base.FreeText;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * User accounts: the admin's view of who may sign in, the bookkeeping of sign-ins, and what the care team
 * needs of accounts (who is on the team, and invited client accounts at enrolment).
 */
@Service
@Validated
public class AccountService {

    /** A display name: one line of at most 120 characters (the column's size, in code points). */
    static final int DISPLAY_NAME_MAX = 120;
    private static final FreeText DISPLAY_NAME = FreeText.line(DISPLAY_NAME_MAX);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            CurrentUser currentUser, PasswordPolicy passwordPolicy, LoginThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.audit = audit;
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Role role, Pageable pageable) {
        String filter = text == null ? "" : text.strip();
        return accounts.search(filter, role, pageable).map(a -> a.toSummary(clock.instant()));
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public AccountSummary create(@Valid NewAccount request) {
        return insert(request);
    }

    /**
     * Enrolment: a client account with no password yet; the person chooses one through an activation link.
     * The care team may create client accounts only (roles exactly CLIENT, no password), never staff ones.
     *
     * @throws AccountConflictException when the username or email is already in use
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AccountSummary createInvitedClient(@Valid NewAccount request) {
        if (!Set.of(Role.CLIENT).equals(request.roles()) || request.password() != null) {
            throw new AccessDeniedException("the care team invites client accounts only");
        }
        return insert(request);
    }

    /** Enabled clinicians and coordinators, by display name: who gets a request, who can be a primary clinician. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<StaffMember> careTeam() {
        return accounts.findEnabledWithAnyRole(EnumSet.of(Role.CLINICIAN, Role.COORDINATOR)).stream()
                .map(a -> new StaffMember(a.getId(), a.getDisplayName(), a.getRoles())).toList();
    }

    /** True when the account exists, is enabled and has the role (object-level checks in other features). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public boolean hasEnabledRole(long accountId, Role role) {
        return accounts.findById(accountId).filter(UserAccount::isEnabled).map(a -> a.getRoles().contains(role))
                .orElse(false);
    }

    /** Display names of the given accounts, in one query (for a page of a list, without a query per row). */
    @PreAuthorize(Roles.HAS_STAFF)
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds == null || accountIds.isEmpty()) {
            return names;
        }
        for (Object[] row : accounts.findDisplayNames(Set.copyOf(accountIds))) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public boolean isUsernameTaken(String username) {
        return username != null && accounts.existsByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public boolean isEmailTaken(String email) {
        return email != null && accounts.existsByEmail(email.strip().toLowerCase(Locale.ROOT));
    }

    private AccountSummary insert(NewAccount request) {
        String username = request.username().toLowerCase(Locale.ROOT);
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(username)) {
            throw new AccountConflictException("account.error.usernameTaken");
        }
        if (accounts.existsByEmail(email)) {
            throw new AccountConflictException("account.error.emailTaken");
        }
        String displayName = DISPLAY_NAME.required(request.displayName(), "freetext.error.length",
                DISPLAY_NAME_MAX);
        UserAccount account = new UserAccount(username, email, displayName, request.roles(), clock.instant());
        if (request.password() != null) {
            passwordPolicy.problem(request.password(), username).ifPresent(key -> {
                throw new PasswordChangeException(key);
            });
            account.setPasswordHash(passwordEncoder.encode(request.password()));
        }
        return accounts.save(account).toSummary();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        account.setEnabled(enabled);
        return account.toSummary();
    }

    /** Ends an account's lock (the admin's and the one after failed sign-ins); audited. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public AccountSummary unlock(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        account.setLocked(false);
        accounts.flush();
        throttle.unlock(accountId);
        audit.record(AuditAction.ACCOUNT_UNLOCK, null, "account", "unlocked account " + accountId);
        accounts.flush();
        return new AccountSummary(account.getId(), account.getUsername(), account.getEmail(),
                account.getDisplayName(), account.getRoles(), account.isEnabled(), false, account.getCreatedAt(),
                account.getLastLoginAt());
    }

    /**
     * Changes the signed-in person's own password. The current password is required (that is the
     * re-authentication); the new one must pass the {@link PasswordPolicy} and differ from the current one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        SignedInUser user = currentUser.require();
        UserAccount account = accounts.findById(user.accountId()).orElseThrow(AccountNotFoundException::new);
        if (currentPassword == null || account.getPasswordHash() == null
                || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getId(), account.getUsername(), LoginThrottle.currentAddress(),
                    "wrong current password (password change)");
            throw new PasswordChangeException("account.password.error.current");
        }
        if (newPassword == null || newPassword.length() < PasswordPolicy.MIN_LENGTH
                || newPassword.length() > PasswordPolicy.MAX_LENGTH) {
            throw new PasswordChangeException("account.password.error.length");
        }
        if (newPassword.equalsIgnoreCase(account.getUsername()) || newPassword.equals(currentPassword)) {
            throw new PasswordChangeException("account.password.error.same");
        }
        passwordPolicy.problem(newPassword, account.getUsername()).ifPresent(key -> {
            throw new PasswordChangeException(key);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        audit.recordAccountEvent(AuditAction.PASSWORD_CHANGE, account.getId(), account.getUsername(),
                "password changed by its owner");
    }

    /** True when no account exists yet (first start of an empty installation). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    Optional<UserAccount> findForLogin(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    /** Transparent upgrade at sign-in: the password re-hashed with the current algorithm and cost. */
    @Transactional
    void upgradePasswordHash(long accountId, String newHash) {
        accounts.findById(accountId).ifPresent(account -> account.setPasswordHash(newHash));
    }
}
