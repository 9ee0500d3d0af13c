package com.milestonerecovery.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.notification.MailOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" through single-use, expiring links sent by email (through the outbox); enrolment's
 * activation links use the same tokens with purpose ACTIVATION. The answer to a reset request never reveals
 * whether an account exists; only a hash of each token is stored.
 */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final AccountTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final Duration resetLifetime;
    private final Duration activationLifetime;
    private final CurrentUser currentUser;
    private final PasswordPolicy passwordPolicy;
    private final SecureRandom random = new SecureRandom();

    PasswordResetService(AccountTokenRepository tokens, UserAccountRepository accounts,
            PasswordEncoder passwordEncoder, MailOutbox outbox, MessageSource messages, ClinicProperties clinic,
            Clock clock, @Value("${portal.security.reset-lifetime:30m}") Duration resetLifetime,
            @Value("${portal.security.activation-lifetime:72h}") Duration activationLifetime,
            CurrentUser currentUser, PasswordPolicy passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
        this.resetLifetime = resetLifetime;
        this.activationLifetime = activationLifetime;
        this.currentUser = currentUser;
    }

    /** Sends a reset link if an enabled account matches the username or email; silent otherwise. */
    @Transactional
    public void requestReset(String usernameOrEmail, Locale locale) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
            return;
        }
        String key = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> account = accounts.findByUsername(key).or(() -> accounts.findByEmail(key))
                .filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            log.info("Password reset requested for no matching account");
            return;
        }
        String token = issue(account.get(), TokenPurpose.RESET, resetLifetime);
        outbox.enqueue(account.get().getEmail(), messages.getMessage("mail.reset.subject", null, locale),
                messages.getMessage("mail.reset.body", new Object[] {link(token), resetLifetime.toMinutes()},
                        locale));
        log.info("Password reset link issued for account {}", account.get().getId());
    }

    /** What a link is for, if it can still be used. */
    @Transactional(readOnly = true)
    public Optional<TokenPurpose> check(String token) {
        return find(token).filter(t -> t.usableAt(clock.instant())).map(AccountToken::getPurpose);
    }

    /** Sets the password with a valid link, once; the link and any older ones stop working. */
    @Transactional
    public void complete(String token, String newPassword) {
        AccountToken found = find(token).filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new PasswordChangeException("reset.error.link"));
        if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 128) {
            throw new PasswordChangeException("account.password.error.length");
        }
        UserAccount account = accounts.findById(found.getAccountId()).orElseThrow(AccountNotFoundException::new);
        if (newPassword.equalsIgnoreCase(account.getUsername())) {
            throw new PasswordChangeException("account.password.error.same");
        }
        passwordPolicy.problem(newPassword, account.getUsername()).ifPresent(key -> {
            throw new PasswordChangeException(key);
        });
        Instant now = clock.instant();
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setLocked(false);
        tokens.invalidateOpen(account.getId(), found.getPurpose(), now);
        log.info("Password set with a one-time link for account {}", account.getId());
    }

    /**
     * A single-use link for an invited account (no password yet) to choose its first password; older
     * activation links for the account stop working. Runs inside the caller's transaction, so the link exists
     * exactly when the account does; the caller words and queues the mail. The care team may invite client
     * accounts only.
     */
    @PreAuthorize(Roles.HAS_STAFF)
    @Transactional(propagation = Propagation.MANDATORY)
    public ActivationLink issueActivation(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
        if (!account.isEnabled() || account.getPasswordHash() != null) {
            throw new IllegalStateException("activation is only for enabled accounts without a password");
        }
        if (!currentUser.hasRole(Role.ADMIN) && !EnumSet.of(Role.CLIENT).equals(account.getRoles())) {
            throw new AccessDeniedException("the care team invites client accounts only");
        }
        String token = issue(account, TokenPurpose.ACTIVATION, activationLifetime);
        log.info("Activation link issued for account {}", account.getId());
        return new ActivationLink(link(token), activationLifetime);
    }

    private String issue(UserAccount account, TokenPurpose purpose, Duration lifetime) {
        Instant now = clock.instant();
        tokens.invalidateOpen(account.getId(), purpose, now);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(account.getId(), purpose, hash(token), now, now.plus(lifetime)));
        return token;
    }

    private Optional<AccountToken> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    private String link(String token) {
        return clinic.publicBaseUrl() + "/activate/" + token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
