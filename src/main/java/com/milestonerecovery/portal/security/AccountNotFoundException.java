package com.milestonerecovery.portal.security;

public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException() {
        super("account not found");
    }
}
