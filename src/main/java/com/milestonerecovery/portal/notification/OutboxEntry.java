package com.milestonerecovery.portal.notification;

import java.time.Instant;

/** One outgoing message as the admin outbox page shows it. */
public record OutboxEntry(Long id, String recipient, String subject, String body, OutboxStatus status,
        int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
