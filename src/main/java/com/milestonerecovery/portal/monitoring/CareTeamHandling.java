package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the care team handled something a client reported (an urgent flag, a side effect): who acknowledged it
 * and when, the reply the client reads, and its resolution. Acknowledging is implied by replying or resolving;
 * the first acknowledgement and the first resolution stand.
 */
@Embeddable
class CareTeamHandling {

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

    void acknowledge(long by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

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
