package com.milestonerecovery.portal.security;

/** What a one-time link is for: setting a new password after "forgot password", or a first password. */
public enum TokenPurpose {
    RESET, ACTIVATION
}
