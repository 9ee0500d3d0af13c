package com.milestonerecovery.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which reminder goes out when: due offsets, late bookings, downtime, and what was handled before. */
class ReminderPlanTest {

    static final List<Duration> OFFSETS = List.of(Duration.ofHours(2), Duration.ofHours(24));
    static final Instant START = Instant.parse("2030-03-05T17:00:00Z");
    static final Instant BOOKED = START.minus(Duration.ofDays(10));

    @Test
    void nothingBeforeTheFirstReminderIsDue() {
        assertThat(ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofHours(25)), OFFSETS, Set.of())).isEmpty();
    }

    @Test
    void theDayBeforeReminderThenTheTwoHourOne() {
        var first = ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofHours(23)), OFFSETS, Set.of());
        assertThat(first).contains(new ReminderPlan(Duration.ofHours(24), List.of()));
        assertThat(ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofHours(3)), OFFSETS,
                Set.of(Duration.ofHours(24)))).isEmpty();
        var second = ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofMinutes(90)), OFFSETS,
                Set.of(Duration.ofHours(24)));
        assertThat(second).contains(new ReminderPlan(Duration.ofHours(2), List.of()));
    }

    @Test
    void afterDowntimeOnlyTheClosestDueReminderGoesOut() {
        var plan = ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofMinutes(30)), OFFSETS, Set.of());
        assertThat(plan).contains(new ReminderPlan(Duration.ofHours(2), List.of(Duration.ofHours(24))));
    }

    @Test
    void noReminderOnceTheAppointmentHasBegun() {
        assertThat(ReminderPlan.decide(START, BOOKED, START, OFFSETS, Set.of())).isEmpty();
        assertThat(ReminderPlan.decide(START, BOOKED, START.plusSeconds(1), OFFSETS, Set.of())).isEmpty();
    }

    @Test
    void aBookingInsideTheWindowSkipsRemindersWhoseMomentHadPassed() {
        Instant bookedLate = START.minus(Duration.ofHours(5));
        assertThat(ReminderPlan.decide(START, bookedLate, bookedLate.plusSeconds(60), OFFSETS, Set.of())).isEmpty();
        assertThat(ReminderPlan.decide(START, bookedLate, START.minus(Duration.ofHours(2)), OFFSETS, Set.of()))
                .contains(new ReminderPlan(Duration.ofHours(2), List.of()));
    }

    @Test
    void aLongerReminderDueAfterACloserOneWasHandledIsSuperseded() {
        // e.g. a 2 h reminder recorded, then the 24 h one found unhandled: never send it late
        var plan = ReminderPlan.decide(START, BOOKED, START.minus(Duration.ofHours(1)), OFFSETS,
                Set.of(Duration.ofHours(2)));
        assertThat(plan).contains(new ReminderPlan(null, List.of(Duration.ofHours(24))));
    }
}
