package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;
import com.milestonerecovery.portal.base.crypto.EncryptedText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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

    @Column(name = "other_text", columnDefinition = "TEXT")
    @Convert(converter = EncryptedText.class)
    private String otherText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(nullable = false, length = 12)
    private String status = "OPEN";

    @Embedded
    private CareTeamHandling handling = new CareTeamHandling();

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
        handling().acknowledge(by, at);
        status = handling().isResolved() ? "RESOLVED" : "ACKNOWLEDGED";
    }

    void respond(String text, long by, Instant at) {
        handling().respond(text, by, at);
        status = handling().isResolved() ? "RESOLVED" : "ACKNOWLEDGED";
    }

    void resolve(long by, Instant at) {
        handling().resolve(by, at);
        status = "RESOLVED";
    }

    /** Hibernate leaves an embeddable whose columns are all null as null. */
    private CareTeamHandling handling() {
        if (handling == null) {
            handling = new CareTeamHandling();
        }
        return handling;
    }
}
