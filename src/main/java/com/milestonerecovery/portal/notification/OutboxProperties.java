package com.milestonerecovery.portal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the relay sends: batch size, retry limit and exponential backoff bounds. */
@ConfigurationProperties(prefix = "portal.outbox")
public record OutboxProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("2m") Duration claimLease) {

    /** Delay before attempt number {@code attempts + 1}: doubles each time, capped. */
    Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = initialBackoff.multipliedBy(factor);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
