package com.milestonerecovery.portal.scheduling;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** When someone works, per weekday, in the clinic's local time. Days without ranges are closed. */
public record WorkingHours(Map<DayOfWeek, List<TimeRange>> days) {

    public WorkingHours {
        EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (!ranges.isEmpty()) {
                List<TimeRange> sorted = new ArrayList<>(ranges);
                sorted.sort(Comparator.comparing(TimeRange::start));
                for (int i = 1; i < sorted.size(); i++) {
                    if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                        throw new IllegalArgumentException("overlapping hours on " + day);
                    }
                }
                copy.put(day, List.copyOf(sorted));
            }
        });
        days = java.util.Collections.unmodifiableMap(copy);
    }

    /** From configuration: {@code monday=08:00-12:00,13:00-17:00}; days left out or blank are closed. */
    static WorkingHours parse(Map<String, String> config) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        config.forEach((day, value) -> {
            if (value != null && !value.isBlank() && !value.strip().equalsIgnoreCase("closed")) {
                days.put(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)),
                        java.util.Arrays.stream(value.split(",")).map(TimeRange::parse).toList());
            }
        });
        return new WorkingHours(days);
    }

    public List<TimeRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** The hours both work: a clinician's own hours inside the clinic's. */
    WorkingHours within(WorkingHours outer) {
        Map<DayOfWeek, List<TimeRange>> result = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> both = new ArrayList<>();
            for (TimeRange mine : on(day)) {
                for (TimeRange theirs : outer.on(day)) {
                    TimeRange r = mine.intersect(theirs);
                    if (r != null) {
                        both.add(r);
                    }
                }
            }
            result.put(day, both);
        }
        return new WorkingHours(result);
    }
}
