package com.milestonerecovery.portal.client;

import java.time.Instant;

/**
 * The top of a client's record for staff: who they are, how to reach them, who their clinician is. The
 * figures are null when the reader may not see clinical data.
 */
public record ClientProfile(long id, String reference, String preferredName, String phone, String email,
        ContactPreferences contactPreferences, Long clinicianId, String clinicianName, int followUpDays,
        Instant enrolledAt, Instant lastCheckInAt, Integer adherence7d, Integer openFlags, RecordAccess access) {
}
