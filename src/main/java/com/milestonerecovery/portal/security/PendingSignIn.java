package com.milestonerecovery.portal.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right but whose second factor is still missing. Kept in the HTTP session
 * only; until it is completed the person is anonymous (no role, no view beyond the public ones).
 */
public final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute that holds it. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    /** How long the second step may take. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Authentication authentication;
    private final Instant startedAt;
    private String enrolmentSecret;

    PendingSignIn(Authentication authentication, Instant startedAt) {
        this.authentication = authentication;
        this.startedAt = startedAt;
    }

    Authentication authentication() {
        return authentication;
    }

    SignedInUser user() {
        return (SignedInUser) authentication.getPrincipal();
    }

    public long accountId() {
        return user().accountId();
    }

    public String username() {
        return user().getUsername();
    }

    public boolean isExpiredAt(Instant now) {
        return now.isAfter(startedAt.plus(LIFETIME));
    }

    /** The secret offered for enrolment: the same one until the person confirms it or starts again. */
    String enrolmentSecret() {
        return enrolmentSecret;
    }

    void setEnrolmentSecret(String secret) {
        this.enrolmentSecret = secret;
    }
}
