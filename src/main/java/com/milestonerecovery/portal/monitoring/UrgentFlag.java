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

    protected UrgentFlag() {
    }

    UrgentFlag(long clientId, long checkInId, FlagReason reason, Instant raisedAt) {
        this.clientId = clientId;
        this.checkInId = checkInId;
        this.reason = reason;
        this.raisedAt = raisedAt;
    }
}
