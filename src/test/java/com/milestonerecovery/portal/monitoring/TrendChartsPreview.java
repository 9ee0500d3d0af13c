package com.milestonerecovery.portal.monitoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A manual check, not a test: writes the three charts with sample data to {@code /tmp/charts-*.svg} (English) and
 * {@code /tmp/charts-*-es.svg} (Spanish) for a look in a browser, then prints the render time per chart after warm-up
 * (drawn every time: the cache is off for the timing).
 * Run from the IDE, or with the test classpath: {@code java -cp ... TrendChartsPreview [outputDir]}.
 */
final class TrendChartsPreview {

    private TrendChartsPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp");
        TrendCharts charts = new TrendCharts();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.of("es"))) {
            String suffix = locale.getLanguage().equals("es") ? "-es" : "";
            Files.writeString(dir.resolve("charts-adherence" + suffix + ".svg"), adherence(charts, locale, 30));
            Files.writeString(dir.resolve("charts-mood" + suffix + ".svg"), mood(charts, locale, 30));
            Files.writeString(dir.resolve("charts-phq9" + suffix + ".svg"), phq9(charts, locale));
        }
        Files.writeString(dir.resolve("charts-empty.svg"), charts.cravingsAndMood("empty", List.of(), "Cravings",
                List.of(), "Mood", text("Cravings and mood", "No check-ins yet.", Locale.ENGLISH)));

        // Timed without the cache: the same input again would only measure a cache hit.
        charts = new TrendCharts(0);
        int rounds = 300;
        for (int i = 0; i < rounds; i++) {
            mood(charts, Locale.ENGLISH, 60);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            adherence(charts, Locale.ENGLISH, 60);
            mood(charts, Locale.ENGLISH, 60);
            phq9(charts, Locale.ENGLISH);
        }
        double perChart = (System.nanoTime() - start) / 1e6 / (rounds * 3);
        System.out.printf("wrote %s/charts-*.svg; %.2f ms per chart (60 days, after warm-up)%n", dir, perChart);
    }

    private static String adherence(TrendCharts charts, Locale locale, int days) {
        boolean es = locale.getLanguage().equals("es");
        List<TrendPoint> points = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 11, 3);
        for (int i = 0; i < days; i++) {
            Double value = i % 9 == 4 ? null : i == 12 ? 0.0 : (double) Math.min(100, 55 + (i * 37) % 50);
            points.add(new TrendPoint(first.plusDays(i), value));
        }
        ChartText text = es
                ? new ChartText("Adherencia", "Porcentaje de dosis tomadas por día.", "Día", "Dosis tomadas (%)",
                        locale)
                : new ChartText("Adherence", "Percent of scheduled doses taken per day.", "Day", "Doses taken (%)",
                        locale);
        return charts.adherence("adherence", points, 80, es ? "Objetivo 80 %" : "Target 80%", text);
    }

    private static String mood(TrendCharts charts, Locale locale, int days) {
        boolean es = locale.getLanguage().equals("es");
        List<TrendPoint> cravings = new ArrayList<>();
        List<TrendPoint> mood = new ArrayList<>();
        LocalDate first = LocalDate.of(2025, 11, 3);
        for (int i = 0; i < days; i++) {
            boolean gap = i % 11 == 5 || i % 11 == 6;
            cravings.add(new TrendPoint(first.plusDays(i), gap ? null : (double) Math.max(0, 8 - i / 4 + i % 3)));
            mood.add(new TrendPoint(first.plusDays(i), gap ? null : (double) Math.min(10, 3 + i / 5 + i % 2)));
        }
        ChartText text = es
                ? new ChartText("Antojos y ánimo", "Antojos y ánimo diarios, de 0 a 10.", "Día", "Puntuación (0–10)",
                        locale)
                : new ChartText("Cravings and mood", "Daily cravings and mood, 0 to 10.", "Day", "Score (0–10)",
                        locale);
        return charts.cravingsAndMood("mood", cravings, es ? "Antojos" : "Cravings", mood, es ? "Ánimo" : "Mood",
                text);
    }

    private static String phq9(TrendCharts charts, Locale locale) {
        boolean es = locale.getLanguage().equals("es");
        LocalDate first = LocalDate.of(2025, 9, 1);
        int[] totals = {19, 17, 14, 15, 11, 9, 7};
        List<TrendPoint> scores = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            scores.add(new TrendPoint(first.plusWeeks(2L * i), (double) totals[i]));
        }
        List<BandLine> bands = es
                ? List.of(new BandLine(5, "Leve"), new BandLine(10, "Moderada"), new BandLine(15,
                        "Moderadamente grave"), new BandLine(20, "Grave"))
                : List.of(new BandLine(5, "Mild"), new BandLine(10, "Moderate"), new BandLine(15,
                        "Moderately severe"), new BandLine(20, "Severe"));
        ChartText text = es
                ? new ChartText("PHQ-9", "Puntuación total del PHQ-9 cada dos semanas.", "Fecha", "Puntuación total",
                        locale)
                : new ChartText("PHQ-9", "PHQ-9 total score every two weeks.", "Date", "Total score", locale);
        return charts.questionnaire("phq9", scores, 27, bands, text);
    }

    private static ChartText text(String title, String description, Locale locale) {
        return new ChartText(title, description, "Day", "Score", locale);
    }
}
