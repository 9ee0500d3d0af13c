package com.milestonerecovery.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.milestonerecovery.portal.base.crypto.FieldCipher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-step verification with TOTP (RFC 6238): required for every staff account, optional for clients. The
 * second step of a sign-in works on a {@link PendingSignIn} the sign-in handler put in the HTTP session (the
 * person is not signed in yet, so those methods carry no role check); the methods for a signed-in person
 * need a recent password confirmation ({@link Reauthentication}). A code works once; failures count towards
 * the account's lockout like wrong passwords. Recovery codes are stored as SHA-256 hashes and work once.
 */
@Service
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    private static final Logger log = LoggerFactory.getLogger(TwoFactorService.class);
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Reauthentication reauthentication;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();
    private final TransactionTemplate transactions;
    private final boolean demoEnabled;
    private final FieldCipher cipher;

    TwoFactorService(UserAccountRepository accounts, JdbcTemplate jdbc, Clock clock, LoginThrottle throttle,
            AuditTrail audit, CurrentUser currentUser, Reauthentication reauthentication,
            PlatformTransactionManager transactionManager,
            @Value("${portal.security.totp-issuer:Secure portal}") String issuer,
            @Value("${portal.demo.enabled:false}") boolean demoEnabled, FieldCipher cipher) {
        this.demoEnabled = demoEnabled;
        this.cipher = cipher;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.reauthentication = reauthentication;
        this.issuer = issuer;
    }

    /** Staff always need the second step; clients when they turned it on. */
    @Transactional(readOnly = true)
    public boolean isRequired(long accountId) {
        return accounts.findById(accountId).map(a -> a.isStaff() || a.hasSecondFactor()).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(long accountId) {
        return accounts.findById(accountId).map(UserAccount::hasSecondFactor).orElse(false);
    }

    /** The secret to enrol during a pending sign-in (the same one until it is confirmed). */
    public Enrolment enrolment(PendingSignIn pending) {
        if (pending.enrolmentSecret() == null) {
            pending.setEnrolmentSecret(Totp.newSecret());
        }
        return enrolmentFor(pending.username(), pending.enrolmentSecret());
    }

    /** A new secret for the signed-in person to enrol (clients opting in, anyone replacing their phone). */
    @PreAuthorize("isAuthenticated()")
    public Enrolment newEnrolment() {
        return enrolmentFor(currentUser.require().getUsername(), Totp.newSecret());
    }

    private Enrolment enrolmentFor(String username, String secret) {
        String uri = Totp.uri(issuer, username, secret);
        return new Enrolment(secret, groupsOfFour(secret), Totp.qrSvg(uri));
    }

    /**
     * Second step of a sign-in with an enrolled factor: a current code (or, when {@code recovery} is true, an
     * unused recovery code). False for any wrong, reused, expired or refused code: the person sees one message.
     */
    public boolean verify(PendingSignIn pending, String code, boolean recovery) {
        Instant now = clock.instant();
        UserAccount account = accounts.findById(pending.accountId()).orElse(null);
        if (account == null || pending.isExpiredAt(now) || !account.isEnabled()) {
            return false;
        }
        String address = LoginThrottle.currentAddress();
        String refusal = throttle.refusal(account, address);
        if (refusal != null) {
            throttle.recordRefusal(account.getId(), account.getUsername(), address, refusal + " (second step)");
            return false;
        }
        boolean ok = recovery ? useRecoveryCode(account.getId(), code, now) : acceptCode(account, code, now);
        if (!ok) {
            throttle.recordFailure(account.getId(), account.getUsername(), address,
                    recovery ? "wrong recovery code" : "wrong verification code");
            return false;
        }
        if (recovery) {
            audit.recordAccountEvent(AuditAction.TWO_FACTOR_CHANGE, account.getId(), account.getUsername(),
                    "recovery code used; " + unusedRecoveryCodes(account.getId()) + " left");
        }
        throttle.recordSuccess(account.getId(), account.getUsername(),
                recovery ? "password and recovery code" : "password and verification code");
        return true;
    }

    /**
     * Second step of a first sign-in without a factor yet (staff): confirms the offered secret with a code from
     * the app, stores it and returns the new recovery codes (shown once), or an empty list for a wrong code.
     */
    public List<String> enrolAndVerify(PendingSignIn pending, String code) {
        Instant now = clock.instant();
        UserAccount account = accounts.findById(pending.accountId()).orElse(null);
        if (account == null || pending.isExpiredAt(now) || !account.isEnabled() || account.hasSecondFactor()
                || pending.enrolmentSecret() == null) {
            return List.of();
        }
        String address = LoginThrottle.currentAddress();
        String refusal = throttle.refusal(account, address);
        OptionalLong step = Totp.matchingStep(pending.enrolmentSecret(), code, now);
        if (refusal != null || step.isEmpty()) {
            if (refusal != null) {
                throttle.recordRefusal(account.getId(), account.getUsername(), address, refusal + " (enrolment)");
            } else {
                throttle.recordFailure(account.getId(), account.getUsername(), address, "wrong enrolment code");
            }
            return List.of();
        }
        List<String> codes = transactions.execute(
                status -> store(account.getId(), pending.enrolmentSecret(), step.getAsLong(), now));
        audit.recordAccountEvent(AuditAction.TWO_FACTOR_CHANGE, account.getId(), account.getUsername(),
                "two-step verification turned on at sign-in");
        throttle.recordSuccess(account.getId(), account.getUsername(), "password and new verification code");
        return codes;
    }

    /**
     * The signed-in person turns on (or replaces) two-step verification with a secret from
     * {@link #newEnrolment()} and a code from their app. Needs a recent password confirmation.
     *
     * @return the new recovery codes (shown once), or an empty list when the code is wrong
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> enableForMe(String secret, String code) {
        reauthentication.requireRecent();
        Instant now = clock.instant();
        UserAccount account = accounts.findById(currentUser.require().accountId())
                .orElseThrow(AccountNotFoundException::new);
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (secret == null || !secret.matches("[A-Z2-7]{32}") || step.isEmpty()) {
            return List.of();
        }
        boolean replacing = account.hasSecondFactor();
        List<String> codes = store(account.getId(), secret, step.getAsLong(), now);
        audit.recordAccountEvent(AuditAction.TWO_FACTOR_CHANGE, account.getId(), account.getUsername(),
                replacing ? "two-step verification replaced" : "two-step verification turned on");
        return codes;
    }

    /** A client turns two-step verification off (staff cannot). Needs a recent password confirmation. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void disableForMe() {
        reauthentication.requireRecent();
        UserAccount account = accounts.findById(currentUser.require().accountId())
                .orElseThrow(AccountNotFoundException::new);
        if (account.isStaff()) {
            throw new org.springframework.security.access.AccessDeniedException("staff must keep two-step");
        }
        account.disableSecondFactor();
        jdbc.update("delete from recovery_code where user_account_id = ?", account.getId());
        audit.recordAccountEvent(AuditAction.TWO_FACTOR_CHANGE, account.getId(), account.getUsername(),
                "two-step verification turned off");
    }

    /** New recovery codes for the signed-in person (the old ones stop working). Needs a recent confirmation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> newRecoveryCodesForMe() {
        reauthentication.requireRecent();
        UserAccount account = accounts.findById(currentUser.require().accountId())
                .orElseThrow(AccountNotFoundException::new);
        if (!account.hasSecondFactor()) {
            return List.of();
        }
        List<String> codes = replaceRecoveryCodes(account.getId(), clock.instant());
        audit.recordAccountEvent(AuditAction.TWO_FACTOR_CHANGE, account.getId(), account.getUsername(),
                "new recovery codes");
        return codes;
    }

    /** Admin: removes an account's second factor (a lost phone); staff enrol again at their next sign-in. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public void resetForAccount(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        account.disableSecondFactor();
        jdbc.update("delete from recovery_code where user_account_id = ?", accountId);
        jdbc.update("update user_account set totp_last_step = null where id = ?", accountId);
        audit.record(AuditAction.TWO_FACTOR_CHANGE, null, "account",
                "two-step verification reset for account " + accountId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean isEnrolledMe() {
        return isEnrolled(currentUser.require().accountId());
    }

    @Transactional(readOnly = true)
    int unusedRecoveryCodes(long accountId) {
        Integer n = jdbc.queryForObject(
                "select count(*) from recovery_code where user_account_id = ? and used_at is null", Integer.class,
                accountId);
        return n == null ? 0 : n;
    }

    /**
     * Demo profile only: pre-enrols a demo account with the documented demo secret, so the demo staff accounts
     * still sign in (their authenticator: see README). Refused outside the demo profile.
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public void enrolDemoAccount(String username, String secret) {
        if (!demoEnabled) {
            throw new IllegalStateException("demo enrolment outside the demo profile");
        }
        accounts.findByUsername(username).filter(a -> !a.hasSecondFactor())
                .ifPresent(a -> a.enableSecondFactor(secret, clock.instant()));
    }

    private boolean acceptCode(UserAccount account, String code, Instant now) {
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now);
        // Atomic: the step is taken only if no later or equal step was used before (a code works once).
        return step.isPresent() && jdbc.update("""
                update user_account set totp_last_step = ?
                where id = ? and (totp_last_step is null or totp_last_step < ?)""",
                step.getAsLong(), account.getId(), step.getAsLong()) == 1;
    }

    private boolean useRecoveryCode(long accountId, String code, Instant now) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return false;
        }
        return jdbc.update("""
                update recovery_code set used_at = ?
                where user_account_id = ? and code_hash = ? and used_at is null""",
                Timestamp.from(now), accountId, hash(normalise(code))) == 1;
    }

    /** In the caller's transaction, with SQL only (the sign-in bookkeeping writes the same row right after). */
    private List<String> store(long accountId, String secret, long step, Instant now) {
        // Encrypted at rest like the clinical free text (the entity reads it through EncryptedText).
        jdbc.update("update user_account set totp_secret = ?, totp_enabled_at = ?, totp_last_step = ? where id = ?",
                cipher.encrypt(secret), Timestamp.from(now), step, accountId);
        log.info("Two-step verification enrolled for account {}", accountId);
        return replaceRecoveryCodes(accountId, now);
    }

    private List<String> replaceRecoveryCodes(long accountId, Instant now) {
        jdbc.update("delete from recovery_code where user_account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomCode();
            codes.add(code);
            jdbc.update("insert into recovery_code (user_account_id, code_hash, created_at) values (?, ?, ?)",
                    accountId, hash(normalise(code)), Timestamp.from(now));
        }
        return codes;
    }

    private String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String groupsOfFour(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }

    /** What the enrolment screen shows: the secret (also as text, for screen readers) and its QR code. */
    public record Enrolment(String secret, String secretForReading, String qrSvg) {
    }
}
