package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

/** An open client request in the care team's queue. {@code clientNote} is the client's own words, shown as text. */
public record ScheduleRequest(long id, long appointmentId, long clientId, String clientReference, String clientName,
        String clinicianName, Instant startsAt, AppointmentStatus appointmentStatus, RequestKind kind,
        String clientNote, Instant createdAt) {
}
