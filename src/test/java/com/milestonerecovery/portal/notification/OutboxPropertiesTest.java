package com.milestonerecovery.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxPropertiesTest {

    private final OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(5), 20, 12,
            Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(2));

    @Test
    void backoffDoublesFromTheInitialDelay() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void backoffIsCappedAndNeverOverflows() {
        assertThat(properties.backoffAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.backoffAfter(500)).isEqualTo(Duration.ofHours(1));
    }
}
