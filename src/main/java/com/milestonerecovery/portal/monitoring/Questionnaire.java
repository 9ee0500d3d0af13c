package com.milestonerecovery.portal.monitoring;

import java.util.List;

/**
 * PHQ-9 and GAD-7 with their published scoring: each item 0–3 (not at all, several days, more than half
 * the days, nearly every day), total is the sum, bands as published (Kroenke 2001; Spitzer 2006).
 */
public enum Questionnaire {
    PHQ9(9, new int[] {5, 10, 15, 20}, List.of("MINIMAL", "MILD", "MODERATE", "MODERATELY_SEVERE", "SEVERE")),
    GAD7(7, new int[] {5, 10, 15}, List.of("MINIMAL", "MILD", "MODERATE", "SEVERE"));

    private final int items;
    private final int[] bandStarts;
    private final List<String> bands;

    Questionnaire(int items, int[] bandStarts, List<String> bands) {
        this.items = items;
        this.bandStarts = bandStarts;
        this.bands = bands;
    }

    public int items() {
        return items;
    }

    public int maxTotal() {
        return items * 3;
    }

    /** The totals at which each band above the lowest starts (for band lines on charts). */
    public int[] bandStarts() {
        return bandStarts.clone();
    }

    /** Band names, lowest first; band i+1 starts at {@code bandStarts()[i]}. */
    public List<String> bands() {
        return bands;
    }

    /** Validates the answers and returns total and band. */
    public Score score(List<Integer> answers) {
        if (answers == null || answers.size() != items) {
            throw new InvalidCheckInException("checkin.error.questionnaire");
        }
        int total = 0;
        for (Integer answer : answers) {
            if (answer == null || answer < 0 || answer > 3) {
                throw new InvalidCheckInException("checkin.error.questionnaire");
            }
            total += answer;
        }
        int band = 0;
        while (band < bandStarts.length && total >= bandStarts[band]) {
            band++;
        }
        return new Score(this, total, bands.get(band), this == PHQ9 ? answers.get(8) : null);
    }

    /** A scored questionnaire. {@code item9} is PHQ-9's thoughts-of-self-harm item (null for GAD-7). */
    public record Score(Questionnaire instrument, int total, String band, Integer item9) {

        public boolean selfHarmItemPositive() {
            return item9 != null && item9 > 0;
        }
    }
}
