package com.milestonerecovery.portal.monitoring;

import java.time.LocalDate;
import java.util.List;

/** Everything the client's "today" page shows about doses. */
public record TodayOverview(LocalDate date, List<DoseSlot> scheduled, List<AsNeededItem> asNeeded,
        Adherence lastWeek, Adherence lastMonth) {
}
