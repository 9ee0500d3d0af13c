package com.milestonerecovery.portal.consultation;

/** Someone else changed the request since the caller read it; nothing changed. Reload and try again. */
public class StaleConsultationException extends TriageException {

    public StaleConsultationException() {
        super("triage.error.stale");
    }
}
