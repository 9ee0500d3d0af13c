package com.milestonerecovery.portal.scheduling;

import java.time.LocalTime;

/** Opening hours on one day, in the clinic's local time: from {@code start} (inclusive) to {@code end}. */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a time range ends after it starts");
        }
    }

    /** "08:00-17:00" */
    static TimeRange parse(String text) {
        String[] parts = text.strip().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:MM-HH:MM");
        }
        return new TimeRange(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    }

    TimeRange intersect(TimeRange other) {
        LocalTime s = start.isAfter(other.start) ? start : other.start;
        LocalTime e = end.isBefore(other.end) ? end : other.end;
        return e.isAfter(s) ? new TimeRange(s, e) : null;
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
