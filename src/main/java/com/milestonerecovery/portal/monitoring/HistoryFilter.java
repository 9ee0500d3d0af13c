package com.milestonerecovery.portal.monitoring;

import java.time.LocalDate;

/** Which days of history to show: a date range and what kind of entries. */
public record HistoryFilter(LocalDate from, LocalDate to, Kind kind) {

    public enum Kind {
        ALL, DOSES, CHECK_INS
    }
}
