package com.milestonerecovery.portal.medication;

import java.time.Instant;

/**
 * One entry of the plan's change history: who, when, why, and what changed (old -> new). The interaction codes
 * and the reason for going ahead despite them are for the care team; the client portal does not show them.
 */
public record PlanRevisionSummary(int revision, Instant changedAt, String changedBy, String reason, String changes,
        String interactionCodes, String overrideReason) {
}
