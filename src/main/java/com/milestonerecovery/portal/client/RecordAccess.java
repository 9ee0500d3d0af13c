package com.milestonerecovery.portal.client;

import java.time.Instant;

/**
 * What the signed-in staff member may see of one client's record, and why.
 *
 * @param grantedUntil when a break-glass grant ends; null otherwise
 */
public record RecordAccess(Kind kind, Instant grantedUntil) {

    public enum Kind {
        /** The client's primary clinician. */
        CASELOAD,
        /** A clinician with a current break-glass grant. */
        BREAK_GLASS,
        /** A clinician outside the caseload without a grant: must state a reason first. */
        BREAK_GLASS_NEEDED,
        /** A coordinator: contact details and appointments only. */
        CONTACT_ONLY
    }

    public boolean mayReadClinical() {
        return kind == Kind.CASELOAD || kind == Kind.BREAK_GLASS;
    }

    public boolean mayReadContact() {
        return kind != Kind.BREAK_GLASS_NEEDED;
    }

    public boolean allows(RecordSection section) {
        return section.clinical() ? mayReadClinical() : mayReadContact();
    }
}
