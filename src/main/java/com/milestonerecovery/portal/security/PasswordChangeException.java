package com.milestonerecovery.portal.security;

/** The password was not changed; the message is a bundle key that says why. */
public class PasswordChangeException extends RuntimeException {

    public PasswordChangeException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
