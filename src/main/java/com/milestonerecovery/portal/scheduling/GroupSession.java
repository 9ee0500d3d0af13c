package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * A group session: the clinician's GROUP appointments at one time, one per member. No client is named: the session
 * is offered for booking to anyone on the care team.
 *
 * @param members clients booked into it (scheduled)
 * @param capacity how many it takes ({@code portal.scheduling.group-capacity})
 */
public record GroupSession(long clinicianId, Instant startsAt, Instant endsAt, int members, int capacity) {

    public boolean hasRoom() {
        return members < capacity;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }
}
