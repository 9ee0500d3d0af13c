package com.milestonerecovery.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The mail relay is ready while the outbox backlog and its oldest message stay under their limits. */
class MailRelayHealthIndicatorTest {

    private static Status status(long pending, Duration oldest) {
        var snapshot = new OperationalFigures.Snapshot(0, pending, oldest, Duration.ZERO, Instant.EPOCH);
        return MailRelayHealthIndicator.assess(snapshot, 500, Duration.ofMinutes(30)).getStatus();
    }

    @Test
    void upWithinTheLimits() {
        assertThat(status(0, Duration.ZERO)).isEqualTo(Status.UP);
        assertThat(status(500, Duration.ofMinutes(30))).isEqualTo(Status.UP);
    }

    @Test
    void downWhenTheBacklogIsTooLong() {
        assertThat(status(501, Duration.ofSeconds(5))).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenTheOldestMessageWaitsTooLong() {
        assertThat(status(3, Duration.ofMinutes(31))).isEqualTo(Status.DOWN);
    }
}
