package com.milestonerecovery.portal.monitoring;

import java.time.LocalDate;

/** One value per day; value null means "no data that day" (a gap, not a zero). */
public record TrendPoint(LocalDate day, Double value) {
}
