package com.milestonerecovery.portal.consultation;

import java.time.Instant;

/** One row of the staff list of requests; {@code assigneeName} is null when nobody has it. */
public record ConsultationSummary(Long id, String reference, Instant receivedAt, String preferredName,
        ContactMethod contactMethod, ConsultationStatus status, Long assigneeId, String assigneeName) {
}
