package com.milestonerecovery.portal.security;

import org.springframework.security.access.AccessDeniedException;

/** A sensitive action was asked for without a recent password confirmation ({@link Reauthentication}). */
public class ReauthenticationRequiredException extends AccessDeniedException {

    public ReauthenticationRequiredException() {
        super("re-authentication required");
    }
}
