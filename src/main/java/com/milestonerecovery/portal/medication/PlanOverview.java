package com.milestonerecovery.portal.medication;

import java.util.List;

/** The client's plan page: goals, current and discontinued medications, and the change history. */
public record PlanOverview(String goals, int revision, List<PlanItemSummary> current,
        List<PlanItemSummary> discontinued, List<PlanRevisionSummary> history) {
}
