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
    /** A person signed in (password and, where required, the second factor). */
    SIGN_IN,
    /** A sign-in attempt failed or was refused (wrong password or code, locked, throttled). */
    SIGN_IN_FAILURE,
    /** An account or a client address was locked after repeated failed sign-ins. */
    ACCOUNT_LOCKOUT,
    /** An admin unlocked an account. */
    ACCOUNT_UNLOCK,
    /** Two-step verification was turned on, reset or off, or a recovery code was used. */
    TWO_FACTOR_CHANGE,
    /** A person changed their own password. */
    PASSWORD_CHANGE,
    /** A session ended: signed out after the idle limit. */
    SIGN_OUT
}
