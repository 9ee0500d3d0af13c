package com.milestonerecovery.portal.monitoring;

/** A dose could not be recorded as asked; the message is a bundle key that explains why. */
public class DoseRuleException extends RuntimeException {

    public DoseRuleException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
