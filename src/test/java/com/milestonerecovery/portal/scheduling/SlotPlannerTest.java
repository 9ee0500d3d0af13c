package com.milestonerecovery.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.scheduling.SlotPlanner.Interval;

import org.junit.jupiter.api.Test;

/** Slot generation on the 15-minute grid, inside working hours, around busy time. */
class SlotPlannerTest {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);
    static final WorkingHours CLINIC = WorkingHours.parse(Map.of("monday", "08:00-12:00,13:00-17:00",
            "tuesday", "08:00-17:00"));

    static Instant at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    @Test
    void freeStartsFillTheDayOnTheQuarterHourAndSkipLunch() {
        List<Instant> free = SlotPlanner.freeStarts(MONDAY, MONDAY, PHOENIX, CLINIC, Duration.ofMinutes(30), List.of(),
                Instant.MIN);
        // 08:00..11:30 (15 starts) and 13:00..16:30 (15 starts)
        assertThat(free).hasSize(30);
        assertThat(free.getFirst()).isEqualTo(at(MONDAY, "08:00", PHOENIX));
        assertThat(free).contains(at(MONDAY, "11:30", PHOENIX)).doesNotContain(at(MONDAY, "11:45", PHOENIX),
                at(MONDAY, "12:00", PHOENIX), at(MONDAY, "12:30", PHOENIX));
        assertThat(free.getLast()).isEqualTo(at(MONDAY, "16:30", PHOENIX));
        assertThat(free).allMatch(SlotPlanner::onGrid);
    }

    @Test
    void busyTimeAndThePastAreNotOffered() {
        Interval busy = new Interval(at(MONDAY, "09:00", PHOENIX), at(MONDAY, "10:00", PHOENIX));
        List<Instant> free = SlotPlanner.freeStarts(MONDAY, MONDAY, PHOENIX, CLINIC, Duration.ofMinutes(30),
                List.of(busy), at(MONDAY, "08:15", PHOENIX));
        assertThat(free.getFirst()).isEqualTo(at(MONDAY, "08:15", PHOENIX));
        assertThat(free).contains(at(MONDAY, "08:30", PHOENIX), at(MONDAY, "10:00", PHOENIX))
                .doesNotContain(at(MONDAY, "08:00", PHOENIX), at(MONDAY, "08:45", PHOENIX),
                        at(MONDAY, "09:00", PHOENIX), at(MONDAY, "09:45", PHOENIX));
    }

    @Test
    void closedDaysOfferNothingAndAWeekCoversEveryOpenDay() {
        LocalDate sunday = MONDAY.minusDays(1);
        assertThat(SlotPlanner.freeStarts(sunday, sunday, PHOENIX, CLINIC, Duration.ofMinutes(15), List.of(),
                Instant.MIN)).isEmpty();
        List<Instant> week = SlotPlanner.freeStarts(sunday, sunday.plusDays(6), PHOENIX, CLINIC,
                Duration.ofMinutes(60), List.of(), Instant.MIN);
        assertThat(week).extracting(i -> i.atZone(PHOENIX).getDayOfWeek()).containsOnly(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY);
        assertThat(week).hasSize(13 + 13 + 33); // Monday: 08:00-11:00 and 13:00-16:00; Tuesday: 08:00-16:00
    }

    @Test
    void aDaylightSavingZoneKeepsLocalHoursOnTheDayClocksSpringForward() {
        ZoneId denver = ZoneId.of("America/Denver");
        LocalDate springForward = LocalDate.of(2030, 3, 10); // a Sunday in 2030
        WorkingHours allWeek = WorkingHours.parse(Map.of("sunday", "01:00-04:00"));
        List<Instant> free = SlotPlanner.freeStarts(springForward, springForward, denver, allWeek,
                Duration.ofMinutes(60), List.of(), Instant.MIN);
        // 02:00-02:59 does not exist that night; every offered start is a real local time inside the hours
        assertThat(free).allSatisfy(i -> {
            LocalTime t = i.atZone(denver).toLocalTime();
            assertThat(t).isBetween(LocalTime.of(1, 0), LocalTime.of(3, 0));
            assertThat(t.getHour()).isNotEqualTo(2);
        });
        assertThat(free).isNotEmpty();
    }

    @Test
    void fitsChecksHoursAndGrid() {
        assertThat(SlotPlanner.fits(at(MONDAY, "11:30", PHOENIX), at(MONDAY, "12:00", PHOENIX), PHOENIX, CLINIC))
                .isTrue();
        assertThat(SlotPlanner.fits(at(MONDAY, "11:45", PHOENIX), at(MONDAY, "12:15", PHOENIX), PHOENIX, CLINIC))
                .as("runs into lunch").isFalse();
        assertThat(SlotPlanner.fits(at(MONDAY, "07:45", PHOENIX), at(MONDAY, "08:15", PHOENIX), PHOENIX, CLINIC))
                .as("before opening").isFalse();
        assertThat(SlotPlanner.fits(at(MONDAY, "09:10", PHOENIX), at(MONDAY, "09:40", PHOENIX), PHOENIX, CLINIC))
                .as("off the grid").isFalse();
    }

    @Test
    void slotsHeldCoverEveryQuarterHourTouched() {
        Instant nine = at(MONDAY, "09:00", PHOENIX);
        assertThat(SlotPlanner.slotsHeld(nine, nine.plus(Duration.ofMinutes(45)))).containsExactly(nine,
                nine.plusSeconds(900), nine.plusSeconds(1800));
        // off-grid times still share a key with anything they overlap
        assertThat(SlotPlanner.slotsHeld(nine.plusSeconds(600), nine.plusSeconds(1200)))
                .containsExactly(nine, nine.plusSeconds(900));
        assertThat(SlotPlanner.ceilToGrid(nine.plusSeconds(1))).isEqualTo(nine.plusSeconds(900));
        assertThat(SlotPlanner.ceilToGrid(nine)).isEqualTo(nine);
    }

    @Test
    void clinicianHoursApplyOnlyInsideTheClinics() {
        WorkingHours own = WorkingHours.parse(Map.of("monday", "07:00-10:00", "tuesday", "12:00-20:00",
                "wednesday", "09:00-17:00"));
        WorkingHours both = own.within(CLINIC);
        assertThat(both.on(DayOfWeek.MONDAY)).containsExactly(new TimeRange(LocalTime.of(8, 0), LocalTime.of(10, 0)));
        assertThat(both.on(DayOfWeek.TUESDAY)).containsExactly(new TimeRange(LocalTime.of(12, 0), LocalTime.of(17, 0)));
        assertThat(both.on(DayOfWeek.WEDNESDAY)).isEmpty();
    }

    @Test
    void badHoursAndLengthsAreRefused() {
        assertThatThrownBy(() -> WorkingHours.parse(Map.of("monday", "09:00-12:00,11:00-13:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingHours.parse(Map.of("monday", "17:00-09:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlotPlanner.freeStarts(MONDAY, MONDAY, PHOENIX, CLINIC, Duration.ofMinutes(20),
                List.of(), Instant.MIN)).isInstanceOf(IllegalArgumentException.class);
    }
}
