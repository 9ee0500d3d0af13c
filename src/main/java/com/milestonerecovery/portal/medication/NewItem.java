package com.milestonerecovery.portal.medication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A medication as the clinician enters it: dose, schedule (times of day, or as needed with a daily maximum),
 * the first day it applies, why it is taken and how.
 */
public record NewItem(String medicationSlug, BigDecimal doseAmount, String doseUnit, String route, boolean asNeeded,
        List<LocalTime> times, Integer maxDailyDoses, LocalDate startDate, String purpose, String instructions) {

    public NewItem {
        times = times == null ? List.of() : List.copyOf(times);
    }
}
