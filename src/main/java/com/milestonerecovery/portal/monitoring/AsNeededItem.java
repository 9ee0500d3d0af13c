package com.milestonerecovery.portal.monitoring;

/** An as-needed medication with how many doses were recorded today against its daily maximum. */
public record AsNeededItem(long planItemId, String medicationName, String slug, String doseLabel, String purpose,
        Integer maxDailyDoses, long takenToday, Long lastLogId, boolean lastUndoable) {

    public boolean atOrOverMaximum() {
        return maxDailyDoses != null && takenToday >= maxDailyDoses;
    }
}
