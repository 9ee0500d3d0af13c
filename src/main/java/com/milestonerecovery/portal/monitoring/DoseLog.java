package com.milestonerecovery.portal.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "dose_log")
class DoseLog extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "plan_item_id", nullable = false)
    private Long planItemId;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    @Column(name = "local_date", nullable = false)
    private LocalDate localDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DoseStatus status;

    @Column(name = "skip_reason", length = 200)
    private String skipReason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    private boolean late;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected DoseLog() {
    }

    DoseLog(long clientId, long planItemId, Instant scheduledFor, LocalDate localDate, DoseStatus status,
            String skipReason, Instant recordedAt, boolean late) {
        this.clientId = clientId;
        this.planItemId = planItemId;
        this.scheduledFor = scheduledFor;
        this.localDate = localDate;
        this.status = status;
        this.skipReason = skipReason;
        this.recordedAt = recordedAt;
        this.late = late;
    }

    Long getClientId() {
        return clientId;
    }

    LocalDate getLocalDate() {
        return localDate;
    }

    Long getPlanItemId() {
        return planItemId;
    }

    Instant getScheduledFor() {
        return scheduledFor;
    }

    DoseStatus getStatus() {
        return status;
    }

    String getSkipReason() {
        return skipReason;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    boolean isLate() {
        return late;
    }

    boolean isVoided() {
        return voidedAt != null;
    }

    void voidAt(Instant at) {
        voidedAt = at;
    }
}
