package com.milestonerecovery.portal.security;

/** What an audit event records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
    /** A staff member opened a section of a client's record. */
    RECORD_VIEW,
    /** A staff member changed a client's record (plan, flag, note, contact details). */
    RECORD_CHANGE,
    /** A clinician opened a record outside their caseload, with a stated reason. */
    BREAK_GLASS,
    /** A request for a record was refused. */
    ACCESS_DENIED,
    /** A consultation request was enrolled as a client. */
    ENROLLMENT,
    /** Records left the system (download, print). */
    EXPORT,
    /** A successful sign-in (detail: the account id). */
    LOGIN,
    /** A failed sign-in (detail: the kind of failure; the typed name is not stored). */
    LOGIN_FAILED
}
