package com.milestonerecovery.portal.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a person sent, for staff who triage it, with where triage stands: the {@code version} to send
 * back with a change (optimistic locking), the assignee, the client it became, and the history, oldest first.
 * Shown as plain text only.
 */
public record ConsultationDetail(Long id, String reference, Instant receivedAt, ConsultationStatus status,
        String preferredName, ContactMethod contactMethod, String phone, String email, String bestTimes,
        boolean mayIdentifyClinic, Set<Concern> concerns, String currentMedications, String message,
        String referralSource, String language, long version, Instant statusChangedAt, Long assigneeId,
        String assigneeName, Long clientId, String clientReference, List<ConsultationHistoryEntry> history) {
}
