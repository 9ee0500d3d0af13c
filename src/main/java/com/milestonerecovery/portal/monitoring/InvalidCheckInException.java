package com.milestonerecovery.portal.monitoring;

/** A check-in was not stored; the message is a bundle key that says what to fix. */
public class InvalidCheckInException extends RuntimeException {

    public InvalidCheckInException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
