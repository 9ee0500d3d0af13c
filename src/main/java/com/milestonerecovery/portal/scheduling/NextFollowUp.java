package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

/**
 * "Schedule next": when the client's follow-up is due by their cadence, and the first free slot of their primary
 * clinician from then on ({@code startsAt} null when none was found within the search window).
 */
public record NextFollowUp(long clientId, long clinicianId, String clinicianName, int followUpDays, Instant dueAt,
        Instant startsAt, Instant endsAt) {
}
