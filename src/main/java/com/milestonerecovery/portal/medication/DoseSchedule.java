package com.milestonerecovery.portal.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When a plan item's doses are due. Times of day are local to the clinic's zone (America/Phoenix by
 * default, which has no daylight saving); doses exist only on days the item is active. As-needed items
 * have no scheduled doses, only a daily maximum.
 *
 * @param discontinuedOn first day the item no longer applies
 */
public record DoseSchedule(boolean asNeeded, List<LocalTime> times, LocalDate startDate, LocalDate endDate,
        LocalDate discontinuedOn, Integer maxDailyDoses) {

    public DoseSchedule {
        times = times == null ? List.of() : times.stream().sorted().toList();
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startDate)
                && (endDate == null || !day.isAfter(endDate))
                && (discontinuedOn == null || day.isBefore(discontinuedOn));
    }

    public boolean isCurrent(LocalDate today) {
        return (discontinuedOn == null || today.isBefore(discontinuedOn)) && (endDate == null || !today.isAfter(endDate));
    }

    /** The instants of the scheduled doses on that local day (none for as-needed or inactive days). */
    public List<Instant> dosesOn(LocalDate day, ZoneId zone) {
        if (asNeeded || !activeOn(day)) {
            return List.of();
        }
        List<Instant> doses = new ArrayList<>(times.size());
        for (LocalTime time : times) {
            doses.add(day.atTime(time).atZone(zone).toInstant());
        }
        return doses;
    }

    /** True when {@code instant} is one of this item's scheduled doses. */
    public boolean isScheduledDose(Instant instant, ZoneId zone) {
        return dosesOn(instant.atZone(zone).toLocalDate(), zone).contains(instant);
    }

    /** Scheduled doses due from {@code from} (inclusive) up to and including {@code until}. */
    public int expectedBetween(LocalDate from, Instant until, ZoneId zone) {
        int count = 0;
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant dose : dosesOn(day, zone)) {
                if (!dose.isAfter(until)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Parses "08:00,20:00" as stored in the plan item. */
    static List<LocalTime> parseTimes(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(stored.split(",")).map(String::strip).map(LocalTime::parse).toList();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("stored dose times are malformed", e);
        }
    }
}
