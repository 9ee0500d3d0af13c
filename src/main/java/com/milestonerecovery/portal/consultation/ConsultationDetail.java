package com.milestonerecovery.portal.consultation;

import java.time.Instant;
import java.util.Set;

/** Everything a person sent, for staff who triage it. Shown as plain text only. */
public record ConsultationDetail(Long id, String reference, Instant receivedAt, ConsultationStatus status,
        String preferredName, ContactMethod contactMethod, String phone, String email, String bestTimes,
        boolean mayIdentifyClinic, Set<Concern> concerns, String currentMedications, String message,
        String referralSource, String language) {
}
