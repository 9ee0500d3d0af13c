package com.milestonerecovery.portal.monitoring;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.time.DateRange;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.jfree.svg.util.DoubleConverter;
import org.springframework.stereotype.Component;

/**
 * Trend charts for clients and staff (dose adherence, cravings and mood, questionnaire totals), drawn on the server
 * as SVG strings that a view puts into the page as they are.
 *
 * <p>Why on the server: the app has no frontend build, so no JavaScript chart library; SVG stays sharp at any width
 * and needs no script. JFreeChart lays the chart out and JFreeSVG serialises it; {@link SvgDocument} then gives the
 * result its accessible name and description, drops the fixed size (it scales to its container through its
 * viewBox) and checks that nothing active got in.
 *
 * <p>Every word on a chart comes from the caller ({@link ChartText}, legend and line labels), already translated;
 * dates and numbers are formatted for {@link ChartText#locale()}. Meaning never rests on colour alone: cravings and
 * mood differ in dash and marker shape as well (WCAG 1.4.1).
 *
 * <p>Thread-safe: each drawing builds its own dataset, chart and SVG canvas. The output depends only on the arguments
 * (days are laid out in UTC, so the server's time zone does not matter), which makes it comparable in tests and
 * cacheable: finished charts are kept in a bounded in-memory cache keyed by <em>every</em> argument (kind, id, each
 * data point, reference lines, texts, locale). A hit is therefore correct by construction: a new dose or check-in
 * changes the points and so the key, and a chart is never reused for other data, words or language. Drawing four
 * charts costs tens of milliseconds of a busy core; a record opened again with unchanged data costs a key
 * comparison. The cached charts hold clinical figures: they stay in this JVM's memory (like the UI state that shows
 * them), expire after {@link #CACHE_IDLE} unused, and neither keys nor values are ever logged.
 */
@Component
public class TrendCharts {

    static {
        // AWT measures the text during layout; a server has no display. Spring Boot sets this too, tests may not.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The logical canvas; the SVG scales from it to any width. */
    static final int WIDTH = 640;
    static final int HEIGHT = 280;

    /** Attribute on the group around each plotted marker or bar; its value is the series index. */
    static final String SERIES_ATTRIBUTE = "data-series";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final long DAY_MILLIS = 86_400_000L;
    /** Room left and right of a line chart, so the first and last markers are whole. */
    private static final double LINE_MARGIN = 0.015;
    /** How far below 0 % the adherence bars start (in percent): about 5 units tall. */
    private static final double ZERO_STUB = 2.5;

    // Every colour that carries meaning has at least 3:1 against white; text has at least 4.5:1.
    private static final Color BLUE = new Color(0x1f5fa8);
    private static final Color ORANGE = new Color(0xb3401a);
    private static final Color REFERENCE_LINE = new Color(0x444444);
    private static final Color TEXT = new Color(0x333333);
    private static final Color AXIS_LINE = new Color(0x767676);
    private static final Color GRID_LINE = new Color(0xdddddd);

    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** The SVG font stack. The layout is measured with the JVM's logical SansSerif font, close enough to these. */
    private static final String FONT_FAMILY = "Arial, Helvetica, Liberation Sans, sans-serif";

    private static final Stroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 4f}, 0f);
    private static final Stroke REFERENCE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);
    private static final Stroke GRID = new BasicStroke(1f);

    /** Cache bound, in SVG characters: about 800 charts of a 30-day overview (10 to 20 MiB of heap). */
    static final long CACHE_CHARS = 8_000_000;
    /** A chart nobody looked at for this long is dropped. */
    static final Duration CACHE_IDLE = Duration.ofMinutes(30);

    private final Cache<ChartKey, String> drawn;

    public TrendCharts() {
        this(CACHE_CHARS);
    }

    /** @param cacheChars the cache's bound in SVG characters; 0: no cache, every call draws */
    TrendCharts(long cacheChars) {
        this.drawn = cacheChars <= 0 ? null : Caffeine.newBuilder()
                .maximumWeight(cacheChars)
                .weigher((ChartKey key, String svg) -> svg.length())
                .expireAfterAccess(CACHE_IDLE)
                .recordStats()
                .build();
    }

    /**
     * Bars: the percent of scheduled doses taken per day (0 to 100), with a dashed reference line at {@code target}
     * labelled {@code targetLabel} in the right margin. A day with a null value has no bar (nothing was due), which
     * differs from 0 %.
     */
    public String adherence(String id, List<TrendPoint> percentPerDay, double target, String targetLabel,
            ChartText text) {
        checkId(id);
        Objects.requireNonNull(targetLabel, "targetLabel");
        Objects.requireNonNull(text, "text");
        List<TrendPoint> points = checkedPoints(percentPerDay);
        return cached(new ChartKey(List.of("adherence", id, points, target, targetLabel, text)),
                () -> drawAdherence(id, points, target, targetLabel, text));
    }

    private static String drawAdherence(String id, List<TrendPoint> points, double target, String targetLabel,
            ChartText text) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        data.addSeries(dailySeries("0", points, false));

        XYBarRenderer bars = new TaggedBarRenderer();
        // Bars rise from just below the axis' zero, so a 0 % day shows a stub and differs from a day with no data.
        bars.setBase(-ZERO_STUB);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setMargin(0.2);
        bars.setSeriesPaint(0, BLUE);

        XYPlot plot = plot(data, bars, text, dayRange(points, 0), 0, 100, 20);
        addReferenceLines(plot, List.of(new BandLine(target, targetLabel)));
        return render(id, chart(plot, text, false), text);
    }

    /**
     * Two lines on a 0 to 10 axis: cravings and mood per day, named in a legend. A null value, or a day missing from
     * the list, breaks the line: no check-in is not a score.
     */
    public String cravingsAndMood(String id, List<TrendPoint> cravings, String cravingsName, List<TrendPoint> mood,
            String moodName, ChartText text) {
        checkId(id);
        Objects.requireNonNull(cravingsName, "cravingsName");
        Objects.requireNonNull(moodName, "moodName");
        Objects.requireNonNull(text, "text");
        List<TrendPoint> cravingPoints = checkedPoints(cravings);
        List<TrendPoint> moodPoints = checkedPoints(mood);
        return cached(new ChartKey(List.of("cravings-mood", id, cravingPoints, cravingsName, moodPoints, moodName,
                text)), () -> drawCravingsAndMood(id, cravingPoints, cravingsName, moodPoints, moodName, text));
    }

    private static String drawCravingsAndMood(String id, List<TrendPoint> cravingPoints, String cravingsName,
            List<TrendPoint> moodPoints, String moodName, ChartText text) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        data.addSeries(dailySeries("0", cravingPoints, true));
        data.addSeries(dailySeries("1", moodPoints, true));

        XYLineAndShapeRenderer lines = lineRenderer();
        lines.setSeriesPaint(0, ORANGE);
        lines.setSeriesStroke(0, DASHED);
        lines.setSeriesShape(0, square(7));
        lines.setSeriesPaint(1, BLUE);
        lines.setSeriesStroke(1, SOLID);
        lines.setSeriesShape(1, circle(8));
        String[] names = {xmlSafe(cravingsName), xmlSafe(moodName)};
        lines.setLegendItemLabelGenerator((dataset, series) -> names[series]);

        List<TrendPoint> both = new ArrayList<>(cravingPoints);
        both.addAll(moodPoints);
        XYPlot plot = plot(data, lines, text, dayRange(both, LINE_MARGIN), 0, 10, 2);
        return render(id, chart(plot, text, true), text);
    }

    /**
     * Questionnaire totals over time (points joined by a line) on 0 to {@code max} (PHQ-9: 27, GAD-7: 21), with a
     * labelled horizontal line per band threshold. Null scores are left out; the line joins the scores around them,
     * since questionnaires are not daily. The x axis still spans every day given, so a caller can pass the period's
     * first and last day with null values to fix the range.
     */
    public String questionnaire(String id, List<TrendPoint> scores, int max, List<BandLine> bands, ChartText text) {
        checkId(id);
        Objects.requireNonNull(text, "text");
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive");
        }
        List<BandLine> lines = List.copyOf(Objects.requireNonNull(bands, "bands"));
        List<TrendPoint> points = checkedPoints(scores);
        return cached(new ChartKey(List.of("questionnaire", id, points, max, lines, text)),
                () -> drawQuestionnaire(id, points, max, lines, text));
    }

    private static String drawQuestionnaire(String id, List<TrendPoint> points, int max, List<BandLine> lines,
            ChartText text) {
        TimeSeriesCollection data = new TimeSeriesCollection(UTC);
        data.setXPosition(TimePeriodAnchor.MIDDLE);
        data.addSeries(dailySeries("0", points.stream().filter(p -> isValue(p.value())).toList(), false));

        XYLineAndShapeRenderer renderer = lineRenderer();
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, SOLID);
        renderer.setSeriesShape(0, circle(8));

        XYPlot plot = plot(data, renderer, text, dayRange(points, LINE_MARGIN), 0, max, max > 12 ? 5 : 1);
        addReferenceLines(plot, lines);
        return render(id, chart(plot, text, false), text);
    }

    // ---- cache

    /**
     * Two concurrent misses for the same key both draw (the same SVG); computing inside the cache instead would hold
     * a lock of the cache's table for the whole drawing.
     */
    private String cached(ChartKey key, Supplier<String> draw) {
        if (drawn == null) {
            return draw.get();
        }
        String svg = drawn.getIfPresent(key);
        if (svg == null) {
            svg = draw.get();
            drawn.put(key, svg);
        }
        return svg;
    }

    /** Hits, misses and evictions so far: for tests and diagnostics (counts only, no chart content). */
    CacheStats cacheStats() {
        return drawn == null ? CacheStats.empty() : drawn.stats();
    }

    /**
     * Every argument of a drawing, in order, led by the chart's kind. Records and immutable lists compare by value,
     * so equal keys mean equal input. {@code toString} names the kind only: the parts are clinical data.
     */
    record ChartKey(List<Object> parts) {

        @Override
        public String toString() {
            return "ChartKey[" + parts.getFirst() + "]";
        }
    }

    // ---- datasets

    private static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id must be 1 to 64 letters, digits or hyphens");
        }
    }

    private static List<TrendPoint> checkedPoints(List<TrendPoint> points) {
        List<TrendPoint> copy = List.copyOf(Objects.requireNonNull(points, "points"));
        Set<LocalDate> days = new HashSet<>();
        for (TrendPoint point : copy) {
            if (!days.add(point.day())) {
                throw new IllegalArgumentException("a series has two values for the same day");
            }
        }
        return copy;
    }

    private static boolean isValue(Double value) {
        return value != null && Double.isFinite(value);
    }

    /** One value per day; null (and, with {@code fillMissingDays}, any day not listed) is a gap, never a zero. */
    private static TimeSeries dailySeries(String key, List<TrendPoint> points, boolean fillMissingDays) {
        TimeSeries series = new TimeSeries(key);
        for (TrendPoint point : points) {
            series.add(day(point.day()), isValue(point.value()) ? point.value() : null);
        }
        if (fillMissingDays && !points.isEmpty()) {
            LocalDate first = points.stream().map(TrendPoint::day).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = points.stream().map(TrendPoint::day).max(LocalDate::compareTo).orElseThrow();
            for (LocalDate d = first; d.isBefore(last); d = d.plusDays(1)) {
                Day day = day(d);
                if (series.getDataItem(day) == null) {
                    series.add(day, null);
                }
            }
        }
        return series;
    }

    private static Day day(LocalDate date) {
        return new Day(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), UTC, Locale.ROOT);
    }

    /**
     * From the start of the first day listed to the end of the last, widened by {@code margin} (a fraction of the
     * span) on each side; null when no day is listed.
     */
    private static DateRange dayRange(List<TrendPoint> points, double margin) {
        if (points.isEmpty()) {
            return null;
        }
        LocalDate first = points.stream().map(TrendPoint::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = points.stream().map(TrendPoint::day).max(LocalDate::compareTo).orElseThrow();
        long start = first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long end = last.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_MILLIS;
        long widen = Math.round((end - start) * margin);
        return new DateRange(start - widen, end + widen);
    }

    // ---- chart

    private static XYPlot plot(XYDataset data, XYItemRenderer renderer, ChartText text, DateRange days, double min,
            double max, double step) {
        Locale locale = text.locale();
        DateAxis x = new DateAxis(xmlSafe(text.xAxisLabel()), UTC, locale);
        x.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
        x.setStandardTickUnits(dateTickUnits(locale));
        style(x);
        if (days == null) {
            // No day to show: keep the axis and its label, without made-up dates.
            x.setRange(0, DAY_MILLIS);
            x.setTickLabelsVisible(false);
            x.setTickMarksVisible(false);
        } else {
            x.setRange(days);
        }

        NumberAxis y = new NumberAxis(null); // its label goes above the plot: see chart()
        // A little room above and below so markers at 0 and at the maximum are not cut in half.
        if (renderer instanceof XYBarRenderer) {
            y.setRange(min - ZERO_STUB, max);
        } else {
            double pad = (max - min) * 0.04;
            y.setRange(min - pad, max + pad);
        }
        y.setTickUnit(new NumberTickUnit(step, NumberFormat.getIntegerInstance(locale)));
        style(y);

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID_LINE);
        plot.setRangeGridlineStroke(GRID);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** Day steps (labelled like "Nov 3" or "3 nov") while they fit, then months; never a time of day. */
    private static TickUnits dateTickUnits(Locale locale) {
        DateFormat days = dateFormat("MMMd", locale);
        DateFormat months = dateFormat("yMMM", locale);
        TickUnits units = new TickUnits();
        for (int n : new int[] {1, 2, 3, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, n, days));
        }
        for (int n : new int[] {1, 2, 3, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, n, months));
        }
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, dateFormat("y", locale)));
        return units;
    }

    private static DateFormat dateFormat(String skeleton, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(skeleton, IsoChronology.INSTANCE,
                locale);
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(UTC);
        return format;
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(FONT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
    }

    /**
     * Dashed lines across the plot, labelled in the right margin (a second range axis whose only ticks are the lines)
     * so that a label never covers data.
     */
    private static void addReferenceLines(XYPlot plot, List<BandLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        for (BandLine line : lines) {
            plot.addRangeMarker(new ValueMarker(line.value(), REFERENCE_LINE, REFERENCE));
        }
        ReferenceLabelAxis labels = new ReferenceLabelAxis(lines);
        labels.setRange(plot.getRangeAxis().getRange());
        labels.setTickLabelFont(FONT);
        labels.setTickLabelPaint(TEXT);
        labels.setTickMarkPaint(REFERENCE_LINE);
        labels.setAxisLineVisible(false);
        plot.setRangeAxis(1, labels);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new TaggedLineRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDrawOutlines(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));
        return renderer;
    }

    private static Shape circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }

    private static Shape square(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }

    /**
     * The y axis label sits above the plot, horizontal: easier to read than text turned on its side, and JFreeChart
     * would draw rotated text as glyph outlines rather than as SVG text. The legend, if any, goes below the plot.
     */
    private static JFreeChart chart(XYPlot plot, ChartText text, boolean legend) {
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        // Without labels in the right margin, the last date label may stick out past the plot: leave it room.
        boolean rightLabels = plot.getRangeAxis(1) != null;
        chart.setPadding(new RectangleInsets(8, 8, 6, rightLabels ? 10 : 24));

        chart.addSubtitle(new TextTitle(xmlSafe(text.yAxisLabel()), FONT, TEXT, RectangleEdge.TOP,
                HorizontalAlignment.LEFT, VerticalAlignment.CENTER, new RectangleInsets(0, 0, 8, 0)));
        if (legend) {
            LegendTitle items = new LegendTitle(plot);
            items.setItemFont(FONT);
            items.setItemPaint(TEXT);
            items.setFrame(BlockBorder.NONE);
            items.setBackgroundPaint(Color.WHITE);
            items.setPosition(RectangleEdge.BOTTOM);
            items.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
            items.setMargin(new RectangleInsets(4, 0, 0, 0));
            chart.addSubtitle(items);
        }
        return chart;
    }

    private static String render(String id, JFreeChart chart, ChartText text) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // Clip-path ids are unique per chart, so several charts can share a page (the default prefix is a clock).
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(TWO_DECIMALS);
        g2.setTransformDoubleConverter(FOUR_DECIMALS);
        g2.setFontFunction(family -> FONT_FAMILY);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
        g2.dispose();
        return SvgDocument.finish(svg, id, xmlSafe(text.title()), xmlSafe(text.description()));
    }

    private static final DoubleFunction<String> TWO_DECIMALS = decimals(2);
    private static final DoubleFunction<String> FOUR_DECIMALS = decimals(4);

    /**
     * Coordinates with at most {@code digits} decimals and no trailing zeros, as JFreeSVG's {@link DoubleConverter}
     * writes them ("0.##"), without a {@code DecimalFormat} per number: that formatting was an eighth of the drawing
     * time. Ties round to even, like {@code DecimalFormat}. Stateless, so one instance serves every thread.
     */
    static DoubleFunction<String> decimals(int digits) {
        long scale = Math.round(Math.pow(10, digits));
        return value -> {
            if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
                return new DoubleConverter(digits).apply(value);
            }
            long scaled = (long) Math.rint(value * scale);
            if (scaled == 0) {
                return "0";
            }
            StringBuilder out = new StringBuilder(16);
            if (scaled < 0) {
                out.append('-');
                scaled = -scaled;
            }
            out.append(scaled / scale);
            long fraction = scaled % scale;
            if (fraction != 0) {
                String padded = Long.toString(fraction + scale); // "1" and the fraction with its leading zeros
                int end = padded.length();
                while (padded.charAt(end - 1) == '0') {
                    end--;
                }
                out.append('.').append(padded, 1, end);
            }
            return out.toString();
        };
    }

    /** Drops characters that XML 1.0 cannot carry at all (control characters, lone surrogates); escaping is later. */
    static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(TrendCharts::isXmlChar).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** Wraps each plotted marker in a group tagged with its series, so markers can be found (and counted). */
    private static final class TaggedLineRenderer extends XYLineAndShapeRenderer {

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            boolean tag = isItemPass(pass) && !Double.isNaN(dataset.getYValue(series, item));
            if (tag) {
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of(SERIES_ATTRIBUTE, String.valueOf(series)));
            }
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            if (tag) {
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
            }
        }
    }

    /** Wraps each bar in a group tagged with its series, like {@link TaggedLineRenderer}. */
    private static final class TaggedBarRenderer extends XYBarRenderer {

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            boolean tag = !Double.isNaN(dataset.getYValue(series, item));
            if (tag) {
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of(SERIES_ATTRIBUTE, String.valueOf(series)));
            }
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            if (tag) {
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
            }
        }
    }

    /** A range axis with one labelled tick per reference line and nothing else. */
    private static final class ReferenceLabelAxis extends NumberAxis {

        private final List<BandLine> lines;

        ReferenceLabelAxis(List<BandLine> lines) {
            super(null);
            this.lines = lines.stream().map(l -> new BandLine(l.value(), xmlSafe(l.label()))).toList();
        }

        @Override
        public List<NumberTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
                RectangleEdge edge) {
            List<NumberTick> ticks = new ArrayList<>();
            for (BandLine line : lines) {
                if (getRange().contains(line.value())) {
                    ticks.add(new NumberTick(line.value(), line.label(), TextAnchor.CENTER_LEFT,
                            TextAnchor.CENTER_LEFT, 0));
                }
            }
            return ticks;
        }
    }
}
