package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "side_effect_report")
class SideEffectReport extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "check_in_id")
    private Long checkInId;

    @Column(name = "side_effect_id")
    private Long sideEffectId;

    @Column(name = "other_text", length = 200)
    private String otherText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(nullable = false, length = 12)
    private String status = "OPEN";

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

    protected SideEffectReport() {
    }

    SideEffectReport(long clientId, long checkInId, Long sideEffectId, String otherText, Severity severity,
            Instant reportedAt) {
        this.clientId = clientId;
        this.checkInId = checkInId;
        this.sideEffectId = sideEffectId;
        this.otherText = otherText;
        this.severity = severity;
        this.reportedAt = reportedAt;
    }

    Long getClientId() {
        return clientId;
    }

    void acknowledge(long by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
            status = "ACKNOWLEDGED";
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
            status = "RESOLVED";
        }
    }
}
