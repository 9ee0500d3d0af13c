package com.milestonerecovery.portal.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One value per day for a trend chart. A null value means "no data that day": charts leave a gap there instead of
 * drawing a zero, because a missed check-in is not a craving score of 0.
 */
public record TrendPoint(LocalDate day, Double value) {

    public TrendPoint {
        Objects.requireNonNull(day, "day");
    }
}
