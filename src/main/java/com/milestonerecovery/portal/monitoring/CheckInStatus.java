package com.milestonerecovery.portal.monitoring;

import java.util.List;

import com.milestonerecovery.portal.medication.SideEffectOption;

/** What the check-in form offers today: questionnaires that are due, and side effects to choose from. */
public record CheckInStatus(boolean phq9Due, boolean gad7Due, List<SideEffectOption> sideEffectOptions) {
}
