package com.milestonerecovery.portal.client;

/** No client with that id. Views show "not found" without saying more. */
public class ClientNotFoundException extends RuntimeException {

    public ClientNotFoundException() {
        super("no such client");
    }
}
