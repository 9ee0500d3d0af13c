package com.milestonerecovery.portal.security;

import java.time.Duration;

/** A one-time link for a new account to choose its first password, and how long it stays valid. */
public record ActivationLink(String url, Duration validFor) {
}
