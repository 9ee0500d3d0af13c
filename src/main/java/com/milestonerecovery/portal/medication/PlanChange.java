package com.milestonerecovery.portal.medication;

import java.time.LocalDate;

/** One change to a plan; each saved change is a new plan version that the client sees. */
public sealed interface PlanChange {

    /** A new medication. */
    record Add(NewItem item) implements PlanChange {
    }

    /**
     * A new dose, schedule or instructions for a current item: the old item ends on {@code item.startDate()} and
     * the new one starts that day, so past doses keep the schedule they were taken under.
     */
    record Adjust(long itemId, NewItem item) implements PlanChange {
    }

    /** Stops a current item from {@code effective} on. */
    record Discontinue(long itemId, LocalDate effective) implements PlanChange {
    }
}
