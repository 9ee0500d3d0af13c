package com.milestonerecovery.portal.consultation;

/**
 * A triage action was refused and nothing changed: a transition the workflow does not allow, an invalid note or
 * assignee, a request that does not exist. The message is a bundle key, never user data.
 */
public class TriageException extends RuntimeException {

    public TriageException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
