package com.milestonerecovery.portal.ops;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the mail relay ({@code mailRelay} in the readiness group): down when the outbox backlog or the age of
 * its oldest pending message passes the configured limit, which means the SMTP relay is failing or too slow. Mail is
 * never lost meanwhile (it waits in the outbox); the signal is for the operator and the load balancer.
 */
@Component("mailRelay")
class MailRelayHealthIndicator implements HealthIndicator {

    private final OperationalFigures figures;
    private final OpsProperties properties;

    MailRelayHealthIndicator(OperationalFigures figures, OpsProperties properties) {
        this.figures = figures;
        this.properties = properties;
    }

    @Override
    public Health health() {
        return assess(figures.current(), properties.outboxMaxBacklog(), properties.outboxMaxAge());
    }

    static Health assess(OperationalFigures.Snapshot s, int maxBacklog, Duration maxAge) {
        boolean backlogged = s.outboxPending() > maxBacklog;
        boolean stale = s.oldestPendingAge().compareTo(maxAge) > 0;
        Health.Builder health = backlogged || stale ? Health.down() : Health.up();
        return health.withDetail("pending", s.outboxPending())
                .withDetail("oldestPendingSeconds", s.oldestPendingAge().toSeconds())
                .withDetail("maxPending", maxBacklog)
                .withDetail("maxAgeSeconds", maxAge.toSeconds())
                .build();
    }
}
