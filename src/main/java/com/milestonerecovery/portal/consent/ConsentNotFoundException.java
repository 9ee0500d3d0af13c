package com.milestonerecovery.portal.consent;

/** No consent with that id (or not one the caller may see). */
public class ConsentNotFoundException extends RuntimeException {

    public ConsentNotFoundException() {
        super("no such consent");
    }
}
