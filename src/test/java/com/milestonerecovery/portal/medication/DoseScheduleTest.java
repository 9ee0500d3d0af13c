package com.milestonerecovery.portal.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class DoseScheduleTest {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private static DoseSchedule twiceDaily(LocalDate end, LocalDate discontinued) {
        return new DoseSchedule(false, List.of(LocalTime.of(20, 0), LocalTime.of(8, 0)), START, end, discontinued,
                null);
    }

    @Test
    void dosesAreLocalTimesInTheClinicZoneSorted() {
        List<Instant> doses = twiceDaily(null, null).dosesOn(LocalDate.of(2026, 3, 10), PHOENIX);
        // Phoenix is UTC-7 all year: 08:00 local is 15:00 UTC.
        assertThat(doses).containsExactly(Instant.parse("2026-03-10T15:00:00Z"), Instant.parse("2026-03-11T03:00:00Z"));
    }

    @Test
    void phoenixHasNoDaylightSavingShift() {
        // US clocks moved forward on 2026-03-08; Phoenix did not.
        assertThat(twiceDaily(null, null).dosesOn(LocalDate.of(2026, 3, 7), PHOENIX).getFirst())
                .isEqualTo(Instant.parse("2026-03-07T15:00:00Z"));
        assertThat(twiceDaily(null, null).dosesOn(LocalDate.of(2026, 3, 9), PHOENIX).getFirst())
                .isEqualTo(Instant.parse("2026-03-09T15:00:00Z"));
    }

    @Test
    void noDosesBeforeStartAfterEndOrFromTheDayOfDiscontinuation() {
        DoseSchedule schedule = twiceDaily(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 15));
        assertThat(schedule.dosesOn(START.minusDays(1), PHOENIX)).isEmpty();
        assertThat(schedule.dosesOn(START, PHOENIX)).hasSize(2);
        assertThat(schedule.dosesOn(LocalDate.of(2026, 3, 14), PHOENIX)).hasSize(2);
        assertThat(schedule.dosesOn(LocalDate.of(2026, 3, 15), PHOENIX)).isEmpty();
        assertThat(twiceDaily(LocalDate.of(2026, 3, 20), null).dosesOn(LocalDate.of(2026, 3, 21), PHOENIX)).isEmpty();
        assertThat(schedule.isCurrent(LocalDate.of(2026, 3, 14))).isTrue();
        assertThat(schedule.isCurrent(LocalDate.of(2026, 3, 15))).isFalse();
    }

    @Test
    void asNeededHasNoScheduledDoses() {
        DoseSchedule prn = new DoseSchedule(true, List.of(), START, null, null, 3);
        assertThat(prn.dosesOn(START, PHOENIX)).isEmpty();
        assertThat(prn.expectedBetween(START, Instant.parse("2026-04-01T00:00:00Z"), PHOENIX)).isZero();
    }

    @Test
    void expectedCountsOnlyDosesDueByNow() {
        // 2026-03-03 12:00 Phoenix: 3/1 and 3/2 full (4 doses) + the 08:00 dose of 3/3.
        Instant noon = LocalDate.of(2026, 3, 3).atTime(12, 0).atZone(PHOENIX).toInstant();
        assertThat(twiceDaily(null, null).expectedBetween(START, noon, PHOENIX)).isEqualTo(5);
        assertThat(twiceDaily(null, null).expectedBetween(START.minusDays(10), noon, PHOENIX)).isEqualTo(5);
    }

    @Test
    void recognisesItsOwnDoseInstants() {
        DoseSchedule schedule = twiceDaily(null, null);
        assertThat(schedule.isScheduledDose(Instant.parse("2026-03-10T15:00:00Z"), PHOENIX)).isTrue();
        assertThat(schedule.isScheduledDose(Instant.parse("2026-03-10T15:01:00Z"), PHOENIX)).isFalse();
    }
}
