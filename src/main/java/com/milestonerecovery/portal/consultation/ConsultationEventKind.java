package com.milestonerecovery.portal.consultation;

/** What a line of a request's history records. Stored by name: never rename a constant, only add. */
public enum ConsultationEventKind {
    /** The status changed (from, to), possibly with a note; enrolment is a change to ENROLLED. */
    STATUS,
    /** The request was given to someone (the assignee), or unassigned (no assignee). */
    ASSIGNMENT,
    /** A care-team note. */
    NOTE
}
