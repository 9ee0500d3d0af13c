package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

/**
 * One appointment on the staff schedule. For a clinician looking at a colleague's appointment with a client outside
 * their caseload, only the time and "busy" show: {@code detailsVisible} is false and the client and type are null.
 */
public record ScheduleEntry(long appointmentId, Long clientId, String clientReference, String clientName,
        long clinicianId, String clinicianName, AppointmentType type, Instant startsAt, Instant endsAt,
        AppointmentStatus status, boolean telehealth, boolean openRequest, boolean detailsVisible) {
}
