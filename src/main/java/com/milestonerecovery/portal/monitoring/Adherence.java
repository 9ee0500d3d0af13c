package com.milestonerecovery.portal.monitoring;

/** Scheduled doses taken out of those due over the last {@code days} days (today up to now included). */
public record Adherence(int days, long taken, long expected) {

    /** Whole percent, or null when nothing was due. */
    public Integer percent() {
        if (expected == 0) {
            return null;
        }
        return (int) Math.min(100, Math.round(taken * 100.0 / expected));
    }
}
