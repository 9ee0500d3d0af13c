package com.milestonerecovery.portal.audit;

import java.time.Instant;

/** One audit event as the admin review shows it. */
public record AuditEntry(long id, Instant occurredAt, String actorName, String action, String clientReference,
        String section, String detail, String remoteAddress) {
}
