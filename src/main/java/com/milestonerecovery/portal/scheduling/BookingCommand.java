package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * A new appointment as staff enter it. Exactly one of {@code location} (in person) and {@code telehealthUrl}
 * (https) is given.
 */
public record BookingCommand(Long clientId, Long clinicianId, AppointmentType type, Instant startsAt,
        Duration length, String location, String telehealthUrl, String staffNotes) {
}
