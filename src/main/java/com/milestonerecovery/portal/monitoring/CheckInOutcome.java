package com.milestonerecovery.portal.monitoring;

import java.util.Set;

/** What the client sees after a check-in: whether the care team was alerted (and why), and any scores. */
public record CheckInOutcome(Set<FlagReason> flags, Questionnaire.Score phq9, Questionnaire.Score gad7) {

    public boolean urgent() {
        return !flags.isEmpty();
    }
}
