package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

/** An appointment as the care team works on it (moving, cancelling, completing). */
public record AppointmentDetail(long id, long clientId, String clientReference, String clientName, long clinicianId,
        String clinicianName, AppointmentType type, Instant startsAt, Instant endsAt, AppointmentStatus status,
        String location, String telehealthUrl, String staffNotes, String statusReason, boolean openRequest) {
}
