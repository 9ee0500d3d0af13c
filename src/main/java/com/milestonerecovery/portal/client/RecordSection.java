package com.milestonerecovery.portal.client;

/** The parts of a client's record, as access checks and the audit trail name them. */
public enum RecordSection {
    OVERVIEW(true), CONTACT(false), PLAN(true), DOSES(true), CHECK_INS(true), SIDE_EFFECTS(true), FLAGS(true),
    APPOINTMENTS(false), NOTES(true), TRENDS(true),
    /** 42 CFR Part 2 consents to disclose: who may receive what, until when (not clinical). */
    CONSENT(false);

    private final boolean clinical;

    RecordSection(boolean clinical) {
        this.clinical = clinical;
    }

    /** Clinical sections are for the client's clinicians only; the others also for coordinators. */
    public boolean clinical() {
        return clinical;
    }
}
