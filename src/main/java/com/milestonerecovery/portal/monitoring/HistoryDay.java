package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One day of the client's history: the doses recorded and the check-ins sent that day. */
public record HistoryDay(LocalDate date, List<DoseEntry> doses, List<CheckInEntry> checkIns) {

    public record DoseEntry(String medicationName, String doseLabel, Instant scheduledFor, Instant recordedAt,
            DoseStatus status, String skipReason, boolean late) {
    }

    public record CheckInEntry(Instant recordedAt, int cravings, int mood, BigDecimal sleepHours, String note,
            boolean urgent) {
    }
}
