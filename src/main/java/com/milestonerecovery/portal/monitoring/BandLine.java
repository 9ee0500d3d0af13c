package com.milestonerecovery.portal.monitoring;

import java.util.Objects;

/**
 * A labelled horizontal reference line on a chart, e.g. a PHQ-9 band threshold, so a score can be read against the
 * published cut-offs without a legend.
 */
public record BandLine(double value, String label) {

    public BandLine {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reference line needs a finite value");
        }
    }
}
