package com.milestonerecovery.portal.consent;

import java.time.Instant;
import java.time.LocalDate;

/** A client's consent to disclose: to whom, what, until when, and whether it was revoked. */
public record Consent(long id, String recipient, String purpose, LocalDate expiresOn, String recordedBy,
        Instant recordedAt, Instant revokedAt) {

    /** In force on {@code day}: not revoked and not yet expired. */
    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !expiresOn.isBefore(day);
    }
}
