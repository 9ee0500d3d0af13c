package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduling settings ({@code portal.scheduling.*}).
 *
 * @param clinicHours the clinic's opening hours per weekday, clinic time ({@code monday=08:00-17:00}; split days
 *        as {@code 08:00-12:00,13:00-17:00}); Monday to Friday 08:00 to 17:00 when none are set
 * @param reminderOffsets how long before an appointment each email reminder goes out
 * @param changeCutoff how long before an appointment a client may still cancel or ask for another time online
 * @param reminderInterval how often the reminder job looks for due reminders
 * @param searchDays how far ahead "schedule next" looks for a free slot
 * @param groupCapacity how many clients one group session takes
 */
@ConfigurationProperties(prefix = "portal.scheduling")
public record SchedulingProperties(
        Map<String, String> clinicHours,
        @DefaultValue({"24h", "2h"}) List<Duration> reminderOffsets,
        @DefaultValue("24h") Duration changeCutoff,
        @DefaultValue("60s") Duration reminderInterval,
        @DefaultValue("60") int searchDays,
        @DefaultValue("12") int groupCapacity) {

    private static final Map<String, String> WEEKDAYS = Map.of("monday", "08:00-17:00", "tuesday", "08:00-17:00",
            "wednesday", "08:00-17:00", "thursday", "08:00-17:00", "friday", "08:00-17:00");

    public SchedulingProperties {
        clinicHours = clinicHours == null || clinicHours.isEmpty() ? WEEKDAYS : Map.copyOf(clinicHours);
        reminderOffsets = reminderOffsets.stream().distinct().sorted().toList();
        if (reminderOffsets.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("reminder offsets must be positive");
        }
        WorkingHours.parse(clinicHours); // fail at start-up on a typo
        if (groupCapacity < 2) {
            throw new IllegalArgumentException("a group session takes at least 2 clients");
        }
    }

    WorkingHours clinic() {
        return WorkingHours.parse(clinicHours);
    }
}
