package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class TrendChartsTest {

    private static final String HOSTILE = "<script>alert(1)</script> & \"x\" ']]> <!-- -->";
    private static final LocalDate START = LocalDate.of(2025, 11, 3);

    private final TrendCharts charts = new TrendCharts();

    // ---- accessible, responsive document

    @Test
    void everyChartIsAnAccessibleImageNamedByItsTitleAndDescription() throws Exception {
        ChartText text = text("Cravings and mood", "Daily scores for the last week.", Locale.ENGLISH);
        for (String svg : allThree("trend-1", text)) {
            Document doc = parse(svg);
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo("trend-1-title trend-1-desc");
            assertThat(byId(doc, "trend-1-title").getLocalName()).isEqualTo("title");
            assertThat(byId(doc, "trend-1-title").getTextContent()).isEqualTo("Cravings and mood");
            assertThat(byId(doc, "trend-1-desc").getLocalName()).isEqualTo("desc");
            assertThat(byId(doc, "trend-1-desc").getTextContent()).isEqualTo("Daily scores for the last week.");
            assertThat(svg).doesNotStartWith("<?xml");
        }
    }

    @Test
    void scalesThroughItsViewBoxWithoutAFixedSize() throws Exception {
        for (String svg : allThree("c", text("T", "D", Locale.ENGLISH))) {
            Element root = parse(svg).getDocumentElement();
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 280");
            assertThat(root.hasAttribute("width")).isFalse();
            assertThat(root.hasAttribute("height")).isFalse();
        }
    }

    @Test
    void everyIdInTheDocumentCarriesTheCallersPrefixSoChartsCanShareAPage() throws Exception {
        for (String svg : allThree("mood-week", text("T", "D", Locale.ENGLISH))) {
            NodeList withId = nodes(parse(svg), "//*[@id]");
            assertThat(withId.getLength()).isGreaterThan(2);
            for (int i = 0; i < withId.getLength(); i++) {
                assertThat(((Element) withId.item(i)).getAttribute("id")).startsWith("mood-week-");
            }
            for (String reference : all(svg, "url\\(#([^)]*)\\)")) {
                assertThat(reference).startsWith("mood-week-");
            }
        }
    }

    // ---- words on the chart

    @Test
    void axisLegendAndReferenceLabelsAreDrawnAsText() throws Exception {
        ChartText text = new ChartText("T", "D", "Day", "Score (0-10)", Locale.ENGLISH);

        assertThat(texts(charts.adherence("a", days(80.0, 90.0, 70.0), 80, "Target 80%", text)))
                .contains("Day", "Score (0-10)", "Target 80%");
        assertThat(texts(charts.cravingsAndMood("m", days(3.0, 4.0), "Cravings", days(6.0, 7.0), "Mood", text)))
                .contains("Day", "Score (0-10)", "Cravings", "Mood");
        assertThat(texts(charts.questionnaire("q", days(12.0, 9.0), 27, phq9Bands(), text)))
                .contains("Day", "Score (0-10)", "Mild", "Moderate", "Moderately severe", "Severe");
    }

    @Test
    void datesAreShortAndInTheCallersLanguage() throws Exception {
        List<TrendPoint> week = days(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        List<String> english = texts(charts.cravingsAndMood("m", week, "C", week, "M",
                text("T", "D", Locale.ENGLISH)));
        List<String> spanish = texts(charts.cravingsAndMood("m", week, "C", week, "M",
                text("T", "D", Locale.of("es"))));

        assertThat(english).contains("Nov 3", "Nov 9").doesNotContain("3 nov");
        assertThat(spanish).contains("3 nov", "9 nov").doesNotContain("Nov 3");
    }

    @Test
    void longPeriodsDoNotLabelEveryDay() throws Exception {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new TrendPoint(START.plusDays(i), 50.0));
        }
        List<String> labels = texts(charts.adherence("a", points, 80, "Target", text("T", "D", Locale.ENGLISH)));
        long dateLabels = labels.stream().filter(t -> t.matches("(Nov|Dec|Jan) \\d+")).count();
        assertThat(dateLabels).isBetween(3L, 20L);
    }

    @Test
    void textIsLargeEnoughAndSansSerif() throws Exception {
        for (String svg : allThree("c", text("T", "D", Locale.ENGLISH))) {
            NodeList texts = nodes(parse(svg), "//*[local-name()='text']");
            assertThat(texts.getLength()).isPositive();
            for (int i = 0; i < texts.getLength(); i++) {
                String style = ((Element) texts.item(i)).getAttribute("style");
                Matcher size = Pattern.compile("font-size: ?([0-9.]+)px").matcher(style);
                assertThat(size.find()).as(style).isTrue();
                assertThat(Double.parseDouble(size.group(1))).isGreaterThanOrEqualTo(12);
                assertThat(style).containsPattern("font-family:[^;]*sans-serif");
            }
        }
    }

    @Test
    void cravingsAndMoodDifferInDashAndMarkerShapeNotOnlyInColour() throws Exception {
        String svg = charts.cravingsAndMood("m", days(3.0, 4.0, 5.0), "C", days(6.0, 7.0, 8.0), "M",
                text("T", "D", Locale.ENGLISH));
        Document doc = parse(svg);

        List<String> cravingsLines = styles(doc, "stroke:rgb(179,64,26)");
        List<String> moodLines = styles(doc, "stroke:rgb(31,95,168)");
        assertThat(cravingsLines).isNotEmpty().allMatch(s -> s.contains("stroke-dasharray"));
        assertThat(moodLines).isNotEmpty().noneMatch(s -> s.contains("stroke-dasharray"));

        String square = markerShape(doc, 0);
        String circle = markerShape(doc, 1);
        assertThat(square).doesNotContain("C");
        assertThat(circle).contains("C");
    }

    // ---- security

    @Test
    void hostileTextIsEscapedAndComesBackVerbatim() throws Exception {
        ChartText text = new ChartText(HOSTILE, HOSTILE, HOSTILE, HOSTILE, Locale.ENGLISH);
        List<String> outputs = List.of(
                charts.adherence("h", days(50.0, 60.0), 80, HOSTILE, text),
                charts.cravingsAndMood("h", days(1.0, 2.0), HOSTILE, days(3.0, 4.0), HOSTILE + "2", text),
                charts.questionnaire("h", days(5.0, 6.0), 27, List.of(new BandLine(10, HOSTILE)), text));
        for (String svg : outputs) {
            Document doc = parse(svg);
            assertThat(byId(doc, "h-title").getTextContent()).isEqualTo(HOSTILE);
            assertThat(byId(doc, "h-desc").getTextContent()).isEqualTo(HOSTILE);
            assertThat(texts(svg)).contains(HOSTILE);
            assertThat(nodes(doc, "//*[local-name()='script' or local-name()='foreignObject']").getLength()).isZero();
            assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("foreignObject")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainIgnoringCase("href")
                    .doesNotContain("<!--");
        }
    }

    @Test
    void charactersXmlCannotCarryAreDroppedNotFatal() throws Exception {
        String svg = charts.adherence("x", days(50.0), 80, "T\u0000arget", text("A\u0001B\uD800", "D\u001F",
                Locale.ENGLISH));
        Document doc = parse(svg);
        assertThat(byId(doc, "x-title").getTextContent()).isEqualTo("AB");
        assertThat(byId(doc, "x-desc").getTextContent()).isEqualTo("D");
        assertThat(texts(svg)).contains("Target");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "a b", "a_b", "a\"b", "a'b", "a<b", "chart\u00e9", "x:y", "a/b",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void anIdOtherThanLettersDigitsAndHyphensIsRejected(String id) {
        ChartText text = text("T", "D", Locale.ENGLISH);
        assertThatThrownBy(() -> charts.adherence(id, days(1.0), 80, "t", text))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charts.cravingsAndMood(id, days(1.0), "c", days(1.0), "m", text))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> charts.questionnaire(id, days(1.0), 27, phq9Bands(), text))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- data

    @Test
    void nullValuesAreGapsNotZeros() throws Exception {
        ChartText text = text("T", "D", Locale.ENGLISH);
        List<TrendPoint> withGaps = days(5.0, null, 6.0, null, null, 7.0, 8.0);

        Document mood = parse(charts.cravingsAndMood("m", withGaps, "C", days(1.0, 2.0, 3.0), "M", text));
        assertThat(markers(mood, 0)).isEqualTo(4);
        assertThat(markers(mood, 1)).isEqualTo(3);
        // 5 | 6 | 7-8: one segment, where zeros would have given six
        assertThat(count(seriesLine(mood, "stroke:rgb(179,64,26)"), 'L')).isEqualTo(1);

        Document bars = parse(charts.adherence("a", days(90.0, null, 0.0, null), 80, "t", text));
        assertThat(markers(bars, 0)).as("a 0 %% day has a bar, a null day has none").isEqualTo(2);
        NodeList barShapes = nodes(bars, "//*[@" + TrendCharts.SERIES_ATTRIBUTE + "]/*[local-name()='rect']");
        assertThat(barShapes.getLength()).isEqualTo(2);
        for (int i = 0; i < barShapes.getLength(); i++) {
            assertThat(Double.parseDouble(((Element) barShapes.item(i)).getAttribute("height")))
                    .as("even a 0 %% bar is visible").isGreaterThanOrEqualTo(3);
        }

        Document scores = parse(charts.questionnaire("q", days(12.0, null, 9.0), 27, phq9Bands(), text));
        assertThat(markers(scores, 0)).isEqualTo(2);
    }

    @Test
    void aDayMissingFromADailySeriesIsAGapToo() throws Exception {
        List<TrendPoint> skipsADay = List.of(new TrendPoint(START, 5.0), new TrendPoint(START.plusDays(1), 6.0),
                new TrendPoint(START.plusDays(3), 7.0), new TrendPoint(START.plusDays(4), 8.0));
        Document doc = parse(charts.cravingsAndMood("m", skipsADay, "C", List.of(), "M",
                text("T", "D", Locale.ENGLISH)));
        assertThat(markers(doc, 0)).isEqualTo(4);
        String line = seriesLine(doc, "stroke:rgb(179,64,26)");
        assertThat(count(line, 'M')).isEqualTo(2);
        assertThat(count(line, 'L')).isEqualTo(2);
    }

    @Test
    void questionnaireScoresAreJoinedAcrossTheWeeksBetweenThem() throws Exception {
        List<TrendPoint> fortnightly = List.of(new TrendPoint(START, 18.0), new TrendPoint(START.plusWeeks(2), 14.0),
                new TrendPoint(START.plusWeeks(4), 9.0));
        Document doc = parse(charts.questionnaire("q", fortnightly, 27, phq9Bands(),
                text("T", "D", Locale.ENGLISH)));
        assertThat(markers(doc, 0)).isEqualTo(3);
        String line = seriesLine(doc, "stroke:rgb(31,95,168)");
        assertThat(count(line, 'M')).isEqualTo(1);
        assertThat(count(line, 'L')).isEqualTo(2);
    }

    @Test
    void emptyOrAllNullDataStillGivesAValidChartWithAxes() throws Exception {
        ChartText text = text("No data", "No check-ins yet.", Locale.ENGLISH);
        List<TrendPoint> allNull = days(null, null, null);
        for (List<TrendPoint> data : List.of(List.<TrendPoint>of(), allNull)) {
            List<String> outputs = new ArrayList<>();
            assertThatCode(() -> {
                outputs.add(charts.adherence("e", data, 80, "Target", text));
                outputs.add(charts.cravingsAndMood("e", data, "C", data, "M", text));
                outputs.add(charts.questionnaire("e", data, 21, List.of(new BandLine(5, "Mild")), text));
            }).doesNotThrowAnyException();
            for (String svg : outputs) {
                Document doc = parse(svg);
                assertThat(byId(doc, "e-title").getTextContent()).isEqualTo("No data");
                assertThat(nodes(doc, "//*[@" + TrendCharts.SERIES_ATTRIBUTE + "]").getLength()).isZero();
                assertThat(texts(svg)).contains("Day", "Score", "0");
            }
        }
    }

    @Test
    void twoValuesForOneDayAreRejected() {
        List<TrendPoint> twice = List.of(new TrendPoint(START, 1.0), new TrendPoint(START, 2.0));
        assertThatThrownBy(() -> charts.adherence("a", twice, 80, "t", text("T", "D", Locale.ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- determinism, threads, headless

    @Test
    void theSameInputGivesTheSameSvgEvenAcrossThreads() throws Exception {
        ChartText text = text("T", "D", Locale.of("es"));
        List<TrendPoint> data = days(1.0, null, 3.0, 4.0, 5.0, null, 7.0, 8.0, 9.0, 10.0);
        Function<Integer, String> render = i -> switch (i % 3) {
            case 0 -> charts.adherence("a", data, 80, "t", text);
            case 1 -> charts.cravingsAndMood("m", data, "C", days(5.0, 5.0, 6.0), "M", text);
            default -> charts.questionnaire("q", data, 27, phq9Bands(), text);
        };
        List<String> serial = List.of(render.apply(0), render.apply(1), render.apply(2));
        assertThat(render.apply(0)).isEqualTo(serial.get(0));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                results.add(pool.submit(() -> render.apply(n)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(serial.get(i % 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendersHeadless() {
        charts.adherence("a", days(50.0), 80, "t", text("T", "D", Locale.ENGLISH));
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    // ---- helpers

    private List<String> allThree(String id, ChartText text) {
        return List.of(charts.adherence(id, days(80.0, null, 95.0), 80, "Target", text),
                charts.cravingsAndMood(id, days(4.0, 5.0, null), "Cravings", days(6.0, null, 7.0), "Mood", text),
                charts.questionnaire(id, days(14.0, null, 9.0), 27, phq9Bands(), text));
    }

    private static ChartText text(String title, String description, Locale locale) {
        return new ChartText(title, description, "Day", "Score", locale);
    }

    private static List<BandLine> phq9Bands() {
        return List.of(new BandLine(5, "Mild"), new BandLine(10, "Moderate"), new BandLine(15, "Moderately severe"),
                new BandLine(20, "Severe"));
    }

    /** One point per day from {@link #START}. */
    private static List<TrendPoint> days(Double... values) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new TrendPoint(START.plusDays(i), values[i]));
        }
        return points;
    }

    /** A real parser, as a browser would read it; a DOCTYPE (and so any external entity) is refused. */
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    private static Element byId(Document doc, String id) throws Exception {
        NodeList found = nodes(doc, "//*[@id='" + id + "']");
        assertThat(found.getLength()).as("elements with id " + id).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static List<String> texts(String svg) throws Exception {
        NodeList found = nodes(parse(svg), "//*[local-name()='text']");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    /** Plotted markers (or bars) of one series: each sits in a group tagged with the series index. */
    private static int markers(Document doc, int series) throws Exception {
        return nodes(doc, "//*[@" + TrendCharts.SERIES_ATTRIBUTE + "='" + series + "']").getLength();
    }

    private static String markerShape(Document doc, int series) throws Exception {
        NodeList paths = nodes(doc, "//*[@" + TrendCharts.SERIES_ATTRIBUTE + "='" + series
                + "']//*[local-name()='path']");
        assertThat(paths.getLength()).isPositive();
        return ((Element) paths.item(0)).getAttribute("d");
    }

    /** Styles of the unfilled (line) groups stroked with the given colour, e.g. "stroke:rgb(1,2,3)". */
    private static List<String> styles(Document doc, String stroke) throws Exception {
        NodeList found = nodes(doc, "//*[contains(@style, '" + stroke + "') and contains(@style, 'fill:none')"
                + " and not(ancestor-or-self::*[@" + TrendCharts.SERIES_ATTRIBUTE + "])]");
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            styles.add(((Element) found.item(i)).getAttribute("style"));
        }
        return styles;
    }

    /**
     * The path data of a series' line: the longest unfilled path stroked in that colour (the other is the legend's).
     * A run of days is "M" then one "L" per day after the first; a lone point has no line, only its marker.
     */
    private static String seriesLine(Document doc, String stroke) throws Exception {
        NodeList found = nodes(doc, "//*[contains(@style, '" + stroke + "') and contains(@style, 'fill:none')"
                + " and not(ancestor-or-self::*[@" + TrendCharts.SERIES_ATTRIBUTE + "])]/*[local-name()='path']");
        String longest = "";
        for (int i = 0; i < found.getLength(); i++) {
            String d = ((Element) found.item(i)).getAttribute("d");
            if (d.length() > longest.length()) {
                longest = d;
            }
        }
        return longest;
    }

    private static long count(String pathData, char command) {
        return pathData.chars().filter(c -> c == command).count();
    }

    private static List<String> all(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
