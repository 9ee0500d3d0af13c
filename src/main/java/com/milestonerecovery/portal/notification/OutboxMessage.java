package com.milestonerecovery.portal.notification;

import java.time.Duration;
import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AbstractEntity {

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status = OutboxStatus.PENDING;

    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    OutboxStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    void claim(Instant until) {
        claimedUntil = until;
    }

    void markSent(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
    }

    void markFailedAttempt(Instant now, String error, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    void retryNow(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(getId(), recipient, subject, body, status, attempts, createdAt, nextAttemptAt, sentAt,
                lastError);
    }
}
