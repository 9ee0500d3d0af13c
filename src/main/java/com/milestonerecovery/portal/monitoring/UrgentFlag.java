package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "urgent_flag")
class UrgentFlag extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "check_in_id")
    private Long checkInId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private FlagReason reason;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(columnDefinition = "TEXT")
    private String response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responded_by")
    private Long respondedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected UrgentFlag() {
    }

    UrgentFlag(long clientId, long checkInId, FlagReason reason, Instant raisedAt) {
        this.clientId = clientId;
        this.checkInId = checkInId;
        this.reason = reason;
        this.raisedAt = raisedAt;
    }

    Long getClientId() {
        return clientId;
    }

    /** First acknowledgement wins; acknowledging again changes nothing. */
    void acknowledge(long by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

    /** A reply the client sees; replying also acknowledges. */
    void respond(String text, long by, Instant at) {
        acknowledge(by, at);
        response = text;
        respondedAt = at;
        respondedBy = by;
    }

    void resolve(long by, Instant at) {
        acknowledge(by, at);
        if (resolvedAt == null) {
            resolvedAt = at;
            resolvedBy = by;
        }
    }

    boolean isResolved() {
        return resolvedAt != null;
    }
}
