package com.milestonerecovery.portal.medication;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A client's medication plan: goals and a revision counter; items and revisions refer to it. */
@Entity
@Table(name = "medication_plan")
class MedicationPlan extends AbstractEntity {

    @Column(name = "client_id", nullable = false, unique = true)
    private Long clientId;

    @Column(columnDefinition = "TEXT")
    private String goals;

    private int revision;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MedicationPlan() {
    }

    MedicationPlan(long clientId, Instant now) {
        this.clientId = clientId;
        this.updatedAt = now;
    }

    /** Starts the next version of the plan; the row's version column makes concurrent saves collide. */
    int nextRevision(Instant now) {
        revision++;
        updatedAt = now;
        return revision;
    }

    Long getClientId() {
        return clientId;
    }

    String getGoals() {
        return goals;
    }

    int getRevision() {
        return revision;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
