package com.milestonerecovery.portal.security;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail: who did what, when, to which client's record, and from where. Each event is
 * written in its own transaction, so a view that only reads is still recorded and a refused or failed action
 * leaves its trace. Details name sections and ids, never health information.
 */
@Service
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, Long clientId, String section, String detail) {
        Long actorId = currentUser.get().map(SignedInUser::accountId).orElse(null);
        String actorName = currentUser.get().map(SignedInUser::getUsername).orElseGet(currentUser::displayName);
        jdbc.update("""
                insert into audit_event (occurred_at, actor_id, actor_name, action, client_id, section, detail,
                    remote_address) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actorId, truncate(actorName.isEmpty() ? "anonymous" : actorName, 120),
                action.name(), clientId, section, truncate(detail, 500), remoteAddress());
    }

    /**
     * A sign-in event, recorded for the account it concerns (the person is not signed in yet, or is being
     * signed out). Unknown usernames are never stored: what was typed may be a password.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccountEvent(AuditAction action, Long accountId, String username, String detail) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor_id, actor_name, action, client_id, section, detail,
                    remote_address) values (?, ?, ?, ?, null, 'account', ?, ?)""",
                Timestamp.from(clock.instant()), accountId,
                truncate(username == null ? "unknown account" : username, 120), action.name(), truncate(detail, 500),
                remoteAddress());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return truncate(attributes.getRequest().getRemoteAddr(), 64);
        }
        return null;
    }

    /** At most {@code max} code points, as the VARCHAR column counts them; never half of a surrogate pair. */
    static String truncate(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }
}
