package com.milestonerecovery.portal.consultation;

import java.time.Instant;

/**
 * One line of a request's history, oldest first: who ({@code actorName} as it was then), when, and what: a
 * status change (from, to, optional note), an assignment (to {@code assigneeName}, or none), or a note.
 * The note is what a person typed: show it as text only.
 */
public record ConsultationHistoryEntry(Instant occurredAt, Long actorId, String actorName, ConsultationEventKind kind,
        ConsultationStatus fromStatus, ConsultationStatus toStatus, Long assigneeId, String assigneeName,
        String note) {
}
