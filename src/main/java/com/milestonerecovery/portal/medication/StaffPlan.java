package com.milestonerecovery.portal.medication;

import java.util.List;

/**
 * A client's plan as the clinician edits it: the overview the client sees, the version to save against
 * (optimistic locking), and the interactions among the current medications.
 */
public record StaffPlan(long clientId, long version, PlanOverview overview, List<InteractionWarning> warnings) {
}
