package com.milestonerecovery.portal.consultation;

/** Too many requests from one address or for one contact in the last hour; nothing was stored. */
public class RateLimitedException extends RuntimeException {

    public RateLimitedException() {
        super("consultation request rate limit reached");
    }
}
