package com.milestonerecovery.portal.client;

import java.time.Instant;

/**
 * One row of the clients grid. The clinical figures (adherence, open flags) are null for coordinators, who do
 * not see clinical data.
 */
public record ClientRow(long id, String reference, String preferredName, Long clinicianId, String clinicianName,
        Instant lastCheckInAt, Integer adherence7d, Integer openFlags) {
}
