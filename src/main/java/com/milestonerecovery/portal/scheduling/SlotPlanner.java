package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Slot arithmetic on the clinic's 15-minute grid: which start times are free inside working hours, whether an
 * appointment fits them, and which grid slots an appointment holds (the keys of the double-booking guard).
 * Pure functions of their arguments, so they are unit-tested without a database.
 */
public final class SlotPlanner {

    public static final Duration SLOT = Duration.ofMinutes(15);
    private static final long SLOT_SECONDS = SLOT.toSeconds();

    private SlotPlanner() {
    }

    /** A busy stretch of time (an appointment), from {@code start} inclusive to {@code end} exclusive. */
    public record Interval(Instant start, Instant end) {

        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    /**
     * Start times from {@code from} to {@code to} (inclusive days, clinic zone) at which an appointment of
     * {@code length} fits inside the hours, clashes with nothing busy, and starts no earlier than
     * {@code notBefore}. In time order.
     */
    public static List<Instant> freeStarts(LocalDate from, LocalDate to, ZoneId zone, WorkingHours hours,
            Duration length, List<Interval> busy, Instant notBefore) {
        requireGrid(length);
        List<Instant> free = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (TimeRange range : hours.on(day.getDayOfWeek())) {
                LocalDateTime closes = day.atTime(range.end());
                for (LocalTime t = range.start(); ; t = t.plus(SLOT)) {
                    if (t.isBefore(range.start()) || day.atTime(t).plus(length).isAfter(closes)) {
                        break; // past closing (or wrapped past midnight)
                    }
                    ZonedDateTime start = day.atTime(t).atZone(zone);
                    if (!start.toLocalTime().equals(t)) {
                        continue; // a local time that does not exist (daylight-saving gap)
                    }
                    Instant s = start.toInstant();
                    Instant e = s.plus(length);
                    if (!s.isBefore(notBefore) && !e.atZone(zone).toLocalDateTime().isAfter(closes)
                            && busy.stream().noneMatch(b -> b.overlaps(s, e))) {
                        free.add(s);
                    }
                }
            }
        }
        return free;
    }

    /** Whether start to end lies inside one of the day's working ranges, on the grid. */
    public static boolean fits(Instant start, Instant end, ZoneId zone, WorkingHours hours) {
        if (!onGrid(start) || !onGrid(end) || !end.isAfter(start)) {
            return false;
        }
        LocalDateTime s = LocalDateTime.ofInstant(start, zone);
        LocalDateTime e = LocalDateTime.ofInstant(end, zone);
        for (TimeRange range : hours.on(s.getDayOfWeek())) {
            if (!s.toLocalTime().isBefore(range.start()) && !e.isAfter(s.toLocalDate().atTime(range.end()))) {
                return true;
            }
        }
        return false;
    }

    /** The grid slots (their starts) that an appointment from start to end holds. */
    public static List<Instant> slotsHeld(Instant start, Instant end) {
        List<Instant> slots = new ArrayList<>();
        long first = Math.floorDiv(start.getEpochSecond(), SLOT_SECONDS) * SLOT_SECONDS;
        for (long s = first; s < end.getEpochSecond() || s == first; s += SLOT_SECONDS) {
            slots.add(Instant.ofEpochSecond(s));
        }
        return slots;
    }

    public static boolean onGrid(Instant instant) {
        return instant.getNano() == 0 && instant.getEpochSecond() % SLOT_SECONDS == 0;
    }

    /** The first grid time at or after {@code instant}. */
    public static Instant ceilToGrid(Instant instant) {
        long s = instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
        return Instant.ofEpochSecond(Math.floorDiv(s + SLOT_SECONDS - 1, SLOT_SECONDS) * SLOT_SECONDS);
    }

    private static void requireGrid(Duration length) {
        if (length.isNegative() || length.isZero() || length.toSeconds() % SLOT_SECONDS != 0) {
            throw new IllegalArgumentException("length must be a positive multiple of 15 minutes");
        }
    }
}
