package com.milestonerecovery.portal.consultation;

import java.time.Instant;

/** One row of the staff list of requests. */
public record ConsultationSummary(Long id, String reference, Instant receivedAt, String preferredName,
        ContactMethod contactMethod, ConsultationStatus status) {
}
