package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.milestonerecovery.portal.base.AbstractEntity;
import com.milestonerecovery.portal.base.crypto.EncryptedText;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "check_in")
class CheckIn extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "local_date", nullable = false)
    private LocalDate localDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    private int cravings;

    private int mood;

    @Column(name = "sleep_hours", precision = 3, scale = 1)
    private BigDecimal sleepHours;

    @Column(columnDefinition = "TEXT")
    @Convert(converter = EncryptedText.class)
    private String note;

    private boolean urgent;

    protected CheckIn() {
    }

    CheckIn(long clientId, LocalDate localDate, Instant recordedAt, int cravings, int mood, BigDecimal sleepHours,
            String note) {
        this.clientId = clientId;
        this.localDate = localDate;
        this.recordedAt = recordedAt;
        this.cravings = cravings;
        this.mood = mood;
        this.sleepHours = sleepHours;
        this.note = note;
    }

    void markUrgent() {
        urgent = true;
    }
}
