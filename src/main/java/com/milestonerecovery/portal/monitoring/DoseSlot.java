package com.milestonerecovery.portal.monitoring;

import java.time.Instant;

/** One scheduled dose of today, with what the client recorded for it (if anything). */
public record DoseSlot(long planItemId, String medicationName, String slug, String doseLabel, String instructions,
        Instant scheduledFor, DoseStatus status, Long logId, boolean late, String skipReason, boolean undoable) {
}
