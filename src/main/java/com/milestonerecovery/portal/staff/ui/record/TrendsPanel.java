package com.milestonerecovery.portal.staff.ui.record;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.monitoring.BandLine;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.Trends;
import com.milestonerecovery.portal.monitoring.ChartText;
import com.milestonerecovery.portal.monitoring.Questionnaire;
import com.milestonerecovery.portal.monitoring.TrendPoint;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Trends over the last 30 days, drawn on the server as SVG (no frontend chart add-ons): adherence per day,
 * cravings and mood, PHQ-9 and GAD-7 with their band lines. Each chart has a title and description for assistive
 * technology, and a sentence underneath that says in words what the chart shows.
 */
class TrendsPanel extends Div {

    static final int DAYS = 30;

    TrendsPanel(RecordServices services, long clientId) {
        setId("trends");
        addClassName("trends");
        Trends t = services.review().trends(clientId, DAYS);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String period = getTranslation("staff.trends.period", day.format(t.from()), day.format(t.to()));
        add(new H2(getTranslation("staff.trends.title", DAYS)));

        String adherenceTitle = getTranslation("staff.trends.adherence");
        String adherenceSummary = adherenceSummary(t.adherence(), day);
        add(chart("trend-adherence", adherenceTitle, services.charts().adherence("chart-adherence", t.adherence(),
                ClientRoster.LOW_ADHERENCE, getTranslation("staff.trends.target", ClientRoster.LOW_ADHERENCE),
                text(adherenceTitle, period, adherenceSummary, "staff.trends.percent")), adherenceSummary));

        String moodTitle = getTranslation("staff.trends.cravingsMood");
        String moodSummary = moodSummary(t);
        add(chart("trend-cravings-mood", moodTitle, services.charts().cravingsAndMood("chart-cravings-mood",
                t.cravings(), getTranslation("staff.trends.cravings"), t.mood(), getTranslation("staff.trends.mood"),
                text(moodTitle, period, moodSummary, "staff.trends.scale")), moodSummary));

        for (Questionnaire q : Questionnaire.values()) {
            List<TrendPoint> scores = q == Questionnaire.PHQ9 ? t.phq9() : t.gad7();
            List<BandLine> bands = new ArrayList<>();
            int[] starts = q.bandStarts();
            for (int i = 0; i < starts.length; i++) {
                bands.add(new BandLine(starts[i], getTranslation("checkin.band." + q.bands().get(i + 1))));
            }
            String title = getTranslation("staff.questionnaire." + q.name());
            String summary = scoreSummary(q, scores, day);
            String id = q.name().toLowerCase(Locale.ROOT);
            add(chart("trend-" + id, title, services.charts().questionnaire("chart-" + id, scores, q.maxTotal(), bands,
                    text(title, period, summary, "staff.trends.score")), summary));
        }
    }

    /** The chart's accessible description says what it shows (role="img" hides the drawing from screen readers). */
    private ChartText text(String title, String period, String summary, String yKey) {
        return new ChartText(title, period + ". " + summary, getTranslation("staff.trends.day"), getTranslation(yKey),
                getLocale());
    }

    private Div chart(String id, String title, String svg, String summary) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("trend-chart");
        // Svg (not Html): the browser parses it as SVG, so viewBox keeps its case and the chart scales.
        Svg picture = new Svg(svg);
        picture.addClassName("chart-picture");
        Paragraph words = new Paragraph(summary);
        words.addClassName("chart-summary");
        words.getElement().setAttribute("aria-hidden", "true"); // the same words are the chart's description
        box.add(new H3(title), picture, words);
        return box;
    }

    private String adherenceSummary(List<TrendPoint> points, DateTimeFormatter day) {
        DoubleSummaryStatistics stats = stats(points);
        if (stats.getCount() == 0) {
            return getTranslation("staff.trends.noData");
        }
        long under = points.stream().map(TrendPoint::value).filter(Objects::nonNull)
                .filter(v -> v < ClientRoster.LOW_ADHERENCE).count();
        TrendPoint lowest = points.stream().filter(p -> p.value() != null)
                .min((a, b) -> Double.compare(a.value(), b.value())).orElseThrow();
        return getTranslation("staff.trends.adherence.summary", Math.round(stats.getAverage()),
                Math.round(lowest.value()), day.format(lowest.day()), under, ClientRoster.LOW_ADHERENCE);
    }

    private String moodSummary(Trends t) {
        DoubleSummaryStatistics cravings = stats(t.cravings());
        DoubleSummaryStatistics mood = stats(t.mood());
        if (cravings.getCount() == 0) {
            return getTranslation("staff.trends.noData");
        }
        return getTranslation("staff.trends.cravingsMood.summary", cravings.getCount(), one(cravings.getAverage()),
                Math.round(cravings.getMax()), one(mood.getAverage()), Math.round(mood.getMin()));
    }

    private String scoreSummary(Questionnaire q, List<TrendPoint> scores, DateTimeFormatter day) {
        if (scores.isEmpty()) {
            return getTranslation("staff.trends.noData");
        }
        TrendPoint last = scores.getLast();
        String band = getTranslation("checkin.band." + q.bands().get(bandIndex(q, last.value())));
        if (scores.size() == 1) {
            return getTranslation("staff.trends.score.one", Math.round(last.value()), band, day.format(last.day()));
        }
        TrendPoint previous = scores.get(scores.size() - 2);
        return getTranslation("staff.trends.score.summary", Math.round(last.value()), band, day.format(last.day()),
                Math.round(previous.value()), day.format(previous.day()));
    }

    private static int bandIndex(Questionnaire q, double total) {
        int index = 0;
        for (int start : q.bandStarts()) {
            if (total >= start) {
                index++;
            }
        }
        return index;
    }

    private static DoubleSummaryStatistics stats(List<TrendPoint> points) {
        return points.stream().map(TrendPoint::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .summaryStatistics();
    }

    private String one(double value) {
        return String.format(getLocale(), "%.1f", value);
    }
}
