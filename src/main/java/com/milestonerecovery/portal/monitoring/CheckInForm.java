package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A daily check-in as the client filled it in. Questionnaire answers are null when not offered or not
 * answered. Side effects are ids of options offered from the client's own medications.
 */
public record CheckInForm(Integer cravings, Integer mood, BigDecimal sleepHours, List<Long> sideEffectIds,
        String otherSideEffect, Severity severity, String note, List<Integer> phq9, List<Integer> gad7) {
}
