package com.milestonerecovery.portal.medication;

import com.milestonerecovery.portal.base.RuleViolation;

/** Someone else saved the plan after it was opened: reload, review their change, then make yours again. */
public class PlanConflictException extends RuleViolation {

    public PlanConflictException() {
        super("staff.plan.error.conflict");
    }
}
