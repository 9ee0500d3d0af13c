package com.milestonerecovery.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policy ({@code portal.security.*}): throttling and lockout of failed sign-ins per account and per
 * client address, idle logoff per kind of account, and the cost of password hashing.
 */
@ConfigurationProperties(prefix = "portal.security")
public record AuthenticationProperties(
        @DefaultValue Lockout lockout,
        @DefaultValue Idle idle,
        @DefaultValue Argon2 argon2) {

    /**
     * After {@code throttleAfter} consecutive failures an account must wait {@code throttleDelay} (doubling
     * with each further failure) before the next attempt counts; at {@code lockAfter} it is locked for
     * {@code lockDuration}. A client address with {@code addressMaxFailures} failures within
     * {@code addressWindow} is refused for {@code addressLockDuration}.
     */
    public record Lockout(
            @DefaultValue("3") int throttleAfter,
            @DefaultValue("5s") Duration throttleDelay,
            @DefaultValue("6") int lockAfter,
            @DefaultValue("15m") Duration lockDuration,
            @DefaultValue("30") int addressMaxFailures,
            @DefaultValue("15m") Duration addressWindow,
            @DefaultValue("15m") Duration addressLockDuration) {
    }

    /**
     * Idle logoff: staff after 15 minutes, clients after 30, with a warning {@code warning} before it. An open
     * page checks its session's idle time at the moment the warning is due, and at least every
     * {@code checkInterval} (tests shorten it so a moved clock is noticed within seconds).
     */
    public record Idle(
            @DefaultValue("15m") Duration staff,
            @DefaultValue("30m") Duration client,
            @DefaultValue("1m") Duration warning,
            @DefaultValue("5m") Duration checkInterval) {

        public Duration forStaff(boolean staff) {
            return staff ? this.staff : this.client;
        }
    }

    /** Argon2id cost (see docs/decisions/007-authentication.md for the measured time per hash). */
    public record Argon2(
            @DefaultValue("19456") int memoryKib,
            @DefaultValue("2") int iterations,
            @DefaultValue("1") int parallelism) {
    }
}
