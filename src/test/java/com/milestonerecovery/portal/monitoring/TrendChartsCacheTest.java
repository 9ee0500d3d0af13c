package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The chart cache: a chart is reused only for exactly the same input, and what comes out of the cache is what a fresh
 * drawing of that input gives. Hits and misses are read from the cache's own counts and from object identity (a hit
 * hands back the very string drawn before), never from timings.
 */
class TrendChartsCacheTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 28);

    private final TrendCharts charts = new TrendCharts();
    /** No cache: every call draws, the reference for what a drawing gives. */
    private final TrendCharts uncached = new TrendCharts(0);

    @Test
    void theSameInputAgainIsAHitAndGivesTheSameDrawing() {
        String first = charts.adherence("chart-adherence", days(90.0, 100.0, 50.0), 80, "Target 80%", text());
        // Equal, not identical, arguments: a view builds new lists and texts on every visit.
        String second = charts.adherence("chart-adherence", days(90.0, 100.0, 50.0), 80, "Target 80%", text());

        assertThat(second).isSameAs(first);
        assertThat(charts.cacheStats().missCount()).isEqualTo(1);
        assertThat(charts.cacheStats().hitCount()).isEqualTo(1);
        assertThat(second).isEqualTo(uncached.adherence("chart-adherence", days(90.0, 100.0, 50.0), 80,
                "Target 80%", text()));
    }

    @Test
    void aNewDoseOrCheckInChangesTheDataAndSoMissesAndIsDrawnAnew() {
        String before = charts.adherence("a", days(90.0, 100.0, 50.0), 80, "Target", text());
        String newDose = charts.adherence("a", days(90.0, 100.0, 75.0), 80, "Target", text());
        String newDay = charts.adherence("a", days(90.0, 100.0, 50.0, 100.0), 80, "Target", text());
        String gapFilled = charts.adherence("a", days(90.0, 100.0, null), 80, "Target", text());

        assertThat(charts.cacheStats().missCount()).isEqualTo(4);
        assertThat(charts.cacheStats().hitCount()).isZero();
        assertThat(List.of(newDose, newDay, gapFilled)).doesNotContain(before).doesNotHaveDuplicates();
        assertThat(newDose).isEqualTo(uncached.adherence("a", days(90.0, 100.0, 75.0), 80, "Target", text()));
        assertThat(newDay).isEqualTo(uncached.adherence("a", days(90.0, 100.0, 50.0, 100.0), 80, "Target", text()));

        // The old data is still cached; asking for it again is a hit.
        assertThat(charts.adherence("a", days(90.0, 100.0, 50.0), 80, "Target", text())).isSameAs(before);
        assertThat(charts.cacheStats().hitCount()).isEqualTo(1);
    }

    @Test
    void everyArgumentIsPartOfTheKey() {
        List<TrendPoint> cravings = days(3.0, 4.0, 5.0);
        List<TrendPoint> mood = days(6.0, 6.0, 7.0);
        List<Function<TrendCharts, String>> calls = List.of(
                c -> c.cravingsAndMood("m", cravings, "Cravings", mood, "Mood", text()),
                c -> c.cravingsAndMood("m2", cravings, "Cravings", mood, "Mood", text()),
                c -> c.cravingsAndMood("m", mood, "Cravings", cravings, "Mood", text()),
                c -> c.cravingsAndMood("m", cravings, "Antojos", mood, "Mood", text()),
                c -> c.cravingsAndMood("m", cravings, "Cravings", mood, "Ánimo", text()),
                c -> c.cravingsAndMood("m", cravings, "Cravings", mood, "Mood",
                        new ChartText("Trend", "Last 3 days", "Day", "Score", Locale.of("es"))),
                c -> c.cravingsAndMood("m", cravings, "Cravings", mood, "Mood",
                        new ChartText("Trend", "Last 3 days, lower", "Day", "Score", Locale.ENGLISH)),
                c -> c.questionnaire("m", cravings, 27, List.of(new BandLine(5, "Mild")), text()),
                c -> c.questionnaire("m", cravings, 21, List.of(new BandLine(5, "Mild")), text()),
                c -> c.questionnaire("m", cravings, 27, List.of(new BandLine(10, "Mild")), text()),
                c -> c.questionnaire("m", cravings, 27, List.of(new BandLine(5, "Leve")), text()),
                c -> c.adherence("m", cravings, 80, "Target", text()),
                c -> c.adherence("m", cravings, 90, "Target", text()));

        List<String> drawn = new ArrayList<>();
        for (Function<TrendCharts, String> call : calls) {
            drawn.add(call.apply(charts));
        }

        assertThat(charts.cacheStats().missCount()).isEqualTo(calls.size());
        assertThat(charts.cacheStats().hitCount()).isZero();
        assertThat(drawn).doesNotHaveDuplicates();
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i).apply(charts)).as("call %d again", i).isSameAs(drawn.get(i))
                    .isEqualTo(calls.get(i).apply(uncached));
        }
        assertThat(charts.cacheStats().hitCount()).isEqualTo(calls.size());
    }

    @Test
    void invalidInputIsRejectedBeforeTheCacheIsAsked() {
        charts.adherence("a", days(90.0), 80, "Target", text());
        List<TrendPoint> twiceOneDay = List.of(new TrendPoint(START, 90.0), new TrendPoint(START, 90.0));

        assertThatThrownBy(() -> charts.adherence("a", twiceOneDay, 80, "Target", text()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(charts.cacheStats().requestCount()).isEqualTo(1);
    }

    @Test
    void withoutACacheEveryCallDraws() {
        String first = uncached.adherence("a", days(90.0), 80, "Target", text());
        String second = uncached.adherence("a", days(90.0), 80, "Target", text());

        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(uncached.cacheStats().requestCount()).isZero();
    }

    @Test
    void theKeyNeverPrintsItsClinicalData() {
        TrendCharts.ChartKey key = new TrendCharts.ChartKey(List.of("adherence", "a", days(42.0), 80.0,
                "Target", text()));

        assertThat(key.toString()).isEqualTo("ChartKey[adherence]");
    }

    private static ChartText text() {
        return new ChartText("Trend", "Last 3 days", "Day", "Score", Locale.ENGLISH);
    }

    private static List<TrendPoint> days(Double... values) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new TrendPoint(START.plusDays(i), values[i]));
        }
        return points;
    }
}
