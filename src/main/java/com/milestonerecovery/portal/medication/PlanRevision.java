package com.milestonerecovery.portal.medication;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved change to a plan, append-only. */
@Entity
@Table(name = "plan_revision")
class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by_id")
    private Long changedById;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String changes;

    @Column(name = "interaction_codes", length = 300)
    private String interactionCodes;

    @Column(name = "override_reason", length = 1000)
    private String overrideReason;

    protected PlanRevision() {
    }

    PlanRevision(long planId, int revision, Instant changedAt, long changedById, String changedBy, String reason,
            String changes, String interactionCodes, String overrideReason) {
        this.planId = planId;
        this.revision = revision;
        this.changedAt = changedAt;
        this.changedById = changedById;
        this.changedBy = changedBy;
        this.reason = reason;
        this.changes = changes;
        this.interactionCodes = interactionCodes;
        this.overrideReason = overrideReason;
    }

    PlanRevisionSummary toSummary() {
        return new PlanRevisionSummary(revision, changedAt, changedBy, reason, changes, interactionCodes,
                overrideReason);
    }
}
