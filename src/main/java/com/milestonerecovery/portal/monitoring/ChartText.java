package com.milestonerecovery.portal.monitoring;

import java.util.Locale;
import java.util.Objects;

/**
 * Everything a chart says in words, already translated by the caller (the renderer holds no user-facing text). The
 * title and description become the chart's accessible name and description; the locale formats the dates and numbers
 * on the axes.
 */
public record ChartText(String title, String description, String xAxisLabel, String yAxisLabel, Locale locale) {

    public ChartText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(xAxisLabel, "xAxisLabel");
        Objects.requireNonNull(yAxisLabel, "yAxisLabel");
        Objects.requireNonNull(locale, "locale");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a chart needs a title: it is its accessible name");
        }
    }
}
