package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * When a client's next follow-up is due: their follow-up interval in days after the last completed visit, or after
 * enrolment when there has been none. The staff dashboard's "overdue for a follow-up" panel uses the same rule in
 * SQL (StaffDashboard.overdueFollowUps): overdue when nothing is booked ahead and this moment has passed. For that
 * panel each client row carries the two facts ({@link #FIGURES_SQL}): refreshed by the scheduling service on every
 * change that moves them and by the nightly figures job.
 */
public final class FollowUpCadence {

    public static final int DEFAULT_DAYS = 14;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    /**
     * The SET clause that writes one client row's {@code follow_up_due_at} (this rule: cadence after the last
     * completed visit, or after enrolment) and {@code booked_until} (the latest start of a SCHEDULED appointment;
     * booked ahead = booked_until at or after now). For an {@code update client c} statement.
     */
    public static final String FIGURES_SQL = """
            c.follow_up_due_at = date_add(coalesce((select max(v.starts_at) from appointment v
                                                    where v.client_id = c.id and v.status = 'COMPLETED'),
                                                   c.created_at), interval c.follow_up_days day),
            c.booked_until = (select max(n.starts_at) from appointment n
                              where n.client_id = c.id and n.status = 'SCHEDULED')""";

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
