package com.milestonerecovery.portal.security;

/** A new account clashes with an existing one. The message is a bundle key, never user data. */
public class AccountConflictException extends RuntimeException {

    public AccountConflictException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
