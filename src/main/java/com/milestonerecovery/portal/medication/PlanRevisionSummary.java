package com.milestonerecovery.portal.medication;

import java.time.Instant;

/** One entry of the plan's change history: who, when, why, and what changed (old -> new). */
public record PlanRevisionSummary(int revision, Instant changedAt, String changedBy, String reason, String changes) {
}
