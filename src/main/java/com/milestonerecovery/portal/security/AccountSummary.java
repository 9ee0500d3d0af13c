package com.milestonerecovery.portal.security;

import java.time.Instant;
import java.util.Set;

/** What the admin screens show of an account. Never carries the password hash. */
public record AccountSummary(Long id, String username, String email, String displayName, Set<Role> roles,
        boolean enabled, boolean locked, Instant createdAt, Instant lastLoginAt) {
}
