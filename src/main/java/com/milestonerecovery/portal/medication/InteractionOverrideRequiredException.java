package com.milestonerecovery.portal.medication;

import java.util.List;

import com.milestonerecovery.portal.base.RuleViolation;

/** The change creates interactions: it may be saved only with the clinician's reason for going ahead. */
public class InteractionOverrideRequiredException extends RuleViolation {

    private final transient List<InteractionWarning> warnings;

    public InteractionOverrideRequiredException(List<InteractionWarning> warnings) {
        super("staff.plan.error.overrideRequired");
        this.warnings = List.copyOf(warnings);
    }

    public List<InteractionWarning> warnings() {
        return warnings;
    }
}
