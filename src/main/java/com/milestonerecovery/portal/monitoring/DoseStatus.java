package com.milestonerecovery.portal.monitoring;

/** What happened to a dose. PENDING is never stored: it is a scheduled dose with no record yet. */
public enum DoseStatus {
    PENDING, TAKEN, SKIPPED
}
