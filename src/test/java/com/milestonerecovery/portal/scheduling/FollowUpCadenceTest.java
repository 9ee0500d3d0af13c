package com.milestonerecovery.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The follow-up cadence: due after the last completed visit (or enrolment); "schedule next" searches from there. */
class FollowUpCadenceTest {

    static final Instant ENROLLED = Instant.parse("2030-01-01T17:00:00Z");
    static final Instant LAST_VISIT = Instant.parse("2030-02-05T17:30:00Z");

    @Test
    void dueTheCadenceAfterTheLastCompletedVisit() {
        assertThat(FollowUpCadence.dueAt(LAST_VISIT, ENROLLED, 14)).isEqualTo(Instant.parse("2030-02-19T17:30:00Z"));
        assertThat(FollowUpCadence.dueAt(LAST_VISIT, ENROLLED, 28)).isEqualTo(Instant.parse("2030-03-05T17:30:00Z"));
    }

    @Test
    void withoutAVisitTheCadenceRunsFromEnrolment() {
        assertThat(FollowUpCadence.dueAt(null, ENROLLED, FollowUpCadence.DEFAULT_DAYS))
                .isEqualTo(Instant.parse("2030-01-15T17:00:00Z"));
    }

    @Test
    void theSearchStartsAtTheDueTimeOrNowWhenOverdueOnTheGrid() {
        Instant due = Instant.parse("2030-02-19T17:30:00Z");
        assertThat(FollowUpCadence.searchFrom(due, due.minus(Duration.ofDays(3)))).isEqualTo(due);
        Instant now = Instant.parse("2030-02-25T16:07:12Z");
        assertThat(FollowUpCadence.searchFrom(due, now)).isEqualTo(Instant.parse("2030-02-25T16:15:00Z"));
    }

    @Test
    void overdueOnlyWithNothingBookedAhead() {
        Instant due = Instant.parse("2030-02-19T17:30:00Z");
        Instant later = due.plusSeconds(60);
        assertThat(FollowUpCadence.overdue(due, false, later)).isTrue();
        assertThat(FollowUpCadence.overdue(due, true, later)).isFalse();
        assertThat(FollowUpCadence.overdue(due, false, due.minusSeconds(60))).isFalse();
    }

    @Test
    void theIntervalIsBounded() {
        assertThatThrownBy(() -> FollowUpCadence.dueAt(null, ENROLLED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpCadence.dueAt(null, ENROLLED, 366))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
