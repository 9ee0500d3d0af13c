package com.milestonerecovery.portal.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.flow.server.VaadinRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttling and lockout of failed sign-ins, per account and per client address, in the database (so every
 * app server sees the same counts). Counters change with atomic SQL, never read-modify-write. A refused
 * attempt looks exactly like a wrong password to the person trying: the login view shows one message.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuthenticationProperties.Lockout policy;
    private final AuditTrail audit;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, AuthenticationProperties properties, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = properties.lockout();
        this.audit = audit;
    }

    /** Why an attempt must be refused before its password is checked, or null when it may proceed. */
    String refusal(UserAccount account, String address) {
        Instant now = clock.instant();
        if (address != null && isAddressBlocked(address, now)) {
            return "client address blocked";
        }
        if (account == null) {
            return null;
        }
        if (account.isLockedAt(now)) {
            return "account locked";
        }
        if (waitUntil(account.getFailedLogins(), account.getLastFailedLoginAt()).isAfter(now)) {
            return "throttled";
        }
        return null;
    }

    /** Consecutive failures beyond the threshold make the next attempt wait, doubling each time. */
    private Instant waitUntil(int failures, Instant lastFailure) {
        if (failures < policy.throttleAfter() || lastFailure == null) {
            return Instant.MIN;
        }
        int doublings = Math.min(failures - policy.throttleAfter(), 10);
        return lastFailure.plus(policy.throttleDelay().multipliedBy(1L << doublings));
    }

    /** A wrong password or code: counts against the account (if it exists) and the address; may lock. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(Long accountId, String username, String address, String reason) {
        Instant now = clock.instant();
        if (accountId != null) {
            jdbc.update("""
                    update user_account set failed_logins = failed_logins + 1, last_failed_login_at = ?
                    where id = ?""", Timestamp.from(now), accountId);
            Integer failures = jdbc.queryForObject("select failed_logins from user_account where id = ?",
                    Integer.class, accountId);
            int count = failures == null ? 0 : failures;
            audit.recordAccountEvent(AuditAction.SIGN_IN_FAILURE, accountId, username,
                    reason + " (" + count + " in a row)");
            if (count >= policy.lockAfter()) {
                jdbc.update("update user_account set locked_until = ? where id = ?",
                        Timestamp.from(now.plus(policy.lockDuration())), accountId);
                audit.recordAccountEvent(AuditAction.ACCOUNT_LOCKOUT, accountId, username,
                        "locked for " + minutes(policy.lockDuration()) + " after " + count + " failed sign-ins");
                log.warn("Account {} locked after {} failed sign-ins", accountId, count);
            }
        } else {
            audit.recordAccountEvent(AuditAction.SIGN_IN_FAILURE, null, null, reason);
        }
        countAddress(address, now);
    }

    /** An attempt refused without checking its password (locked, throttled, blocked address). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Long accountId, String username, String address, String reason) {
        audit.recordAccountEvent(AuditAction.SIGN_IN_FAILURE, accountId, username, "refused: " + reason);
        countAddress(address, clock.instant());
    }

    /** The person is fully signed in: their failure count starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(long accountId, String username, String detail) {
        jdbc.update("""
                update user_account set failed_logins = 0, last_login_at = ?, locked_until = null
                where id = ?""", Timestamp.from(clock.instant()), accountId);
        audit.recordAccountEvent(AuditAction.SIGN_IN, accountId, username, detail);
    }

    /** The admin's unlock: the permanent and the timed lock end, the count starts again. */
    void unlock(long accountId) {
        jdbc.update("update user_account set locked = false, locked_until = null, failed_logins = 0 where id = ?",
                accountId);
    }

    private void countAddress(String address, Instant now) {
        if (address == null || address.isBlank()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        Timestamp windowOpen = Timestamp.from(now.minus(policy.addressWindow()));
        // MariaDB applies the assignments left to right: failures is computed from the old window_start.
        jdbc.update("""
                insert into login_address_failure (address, failures, window_start) values (?, 1, ?)
                on duplicate key update
                    failures = if(window_start < ?, 1, failures + 1),
                    window_start = if(window_start < ?, ?, window_start)""",
                address, at, windowOpen, windowOpen, at);
        List<Integer> failures = jdbc.queryForList(
                "select failures from login_address_failure where address = ? and (blocked_until is null "
                        + "or blocked_until <= ?)", Integer.class, address, at);
        if (!failures.isEmpty() && failures.getFirst() >= policy.addressMaxFailures()) {
            jdbc.update("update login_address_failure set blocked_until = ?, failures = 0, window_start = ? "
                    + "where address = ?", Timestamp.from(now.plus(policy.addressLockDuration())), at, address);
            audit.recordAccountEvent(AuditAction.ACCOUNT_LOCKOUT, null, null, "client address blocked for "
                    + minutes(policy.addressLockDuration()) + " after " + failures.getFirst() + " failed sign-ins");
            log.warn("A client address was blocked after {} failed sign-ins", failures.getFirst());
        }
    }

    private boolean isAddressBlocked(String address, Instant now) {
        List<Timestamp> until = jdbc.queryForList(
                "select blocked_until from login_address_failure where address = ?", Timestamp.class, address);
        return !until.isEmpty() && until.getFirst() != null && until.getFirst().toInstant().isAfter(now);
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    /** The client address of the current request (plain HTTP or a Vaadin request), or null. */
    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return truncate(attributes.getRequest().getRemoteAddr());
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : truncate(vaadin.getRemoteAddr());
    }

    private static String truncate(String address) {
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
