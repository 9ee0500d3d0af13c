package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

/** An appointment as the client sees it (no staff notes). */
public record ClientAppointment(long id, AppointmentType type, Instant startsAt, Instant endsAt, String location,
        String telehealthUrl, AppointmentStatus status, String clinicianName) {
}
