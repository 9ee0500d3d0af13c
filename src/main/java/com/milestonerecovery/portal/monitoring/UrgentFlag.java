package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private CareTeamHandling handling = new CareTeamHandling();

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

    void acknowledge(long by, Instant at) {
        handling().acknowledge(by, at);
    }

    /** A reply the client sees; replying also acknowledges. */
    void respond(String text, long by, Instant at) {
        handling().respond(text, by, at);
    }

    void resolve(long by, Instant at) {
        handling().resolve(by, at);
    }

    /** Hibernate leaves an embeddable whose columns are all null as null. */
    private CareTeamHandling handling() {
        if (handling == null) {
            handling = new CareTeamHandling();
        }
        return handling;
    }
}
