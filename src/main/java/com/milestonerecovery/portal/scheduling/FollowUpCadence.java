package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * When a client's next follow-up is due: their follow-up interval in days after the last completed visit, or after
 * enrolment when there has been none. The staff dashboard's "overdue for a follow-up" panel uses the same rule in
 * SQL (StaffDashboard.overdueFollowUps): overdue when nothing is booked ahead and this moment has passed.
 */
public final class FollowUpCadence {

    public static final int DEFAULT_DAYS = 14;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    private FollowUpCadence() {
    }

    public static Instant dueAt(Instant lastCompletedVisit, Instant enrolledAt, int followUpDays) {
        if (followUpDays < MIN_DAYS || followUpDays > MAX_DAYS) {
            throw new IllegalArgumentException("follow-up interval out of range");
        }
        Instant base = lastCompletedVisit != null ? lastCompletedVisit : enrolledAt;
        return base.plus(Duration.ofDays(followUpDays));
    }

    /** Where "schedule next" starts looking: the due moment, or now when that has passed, on the grid. */
    public static Instant searchFrom(Instant due, Instant now) {
        return SlotPlanner.ceilToGrid(due.isAfter(now) ? due : now);
    }

    public static boolean overdue(Instant due, boolean bookedAhead, Instant now) {
        return !bookedAhead && due.isBefore(now);
    }
}
