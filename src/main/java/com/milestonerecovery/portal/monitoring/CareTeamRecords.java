package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the care team sees of a client's own records, section by section. */
public final class CareTeamRecords {

    private CareTeamRecords() {
    }

    /** An urgent flag with its handling: who acknowledged, the reply the client sees, resolution. */
    public record FlagView(long id, FlagReason reason, Instant raisedAt, Instant acknowledgedAt,
            String acknowledgedBy, String response, Instant respondedAt, Instant resolvedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** A reported side effect: a known one by its label in the reader's language, or the client's own words. */
    public record SideEffectView(long id, String medication, String label, String otherText, Severity severity,
            Instant reportedAt, Instant acknowledgedAt, String response, Instant resolvedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }

        public boolean resolved() {
            return resolvedAt != null;
        }
    }

    /** One recorded dose (voided mis-taps excluded). */
    public record DoseRow(long id, LocalDate day, Instant scheduledFor, String medication, DoseStatus status,
            String skipReason, Instant recordedAt, boolean late) {
    }

    public record CheckInRow(long id, LocalDate day, Instant recordedAt, int cravings, int mood,
            BigDecimal sleepHours, String note, boolean urgent) {
    }

    public record QuestionnaireRow(Questionnaire instrument, int total, String band, Instant completedAt) {
    }

    /** Daily series for the trend charts, oldest day first; a null value is a day without data. */
    public record Trends(LocalDate from, LocalDate to, List<TrendPoint> adherence, List<TrendPoint> cravings,
            List<TrendPoint> mood, List<TrendPoint> phq9, List<TrendPoint> gad7) {
    }

    /**
     * A reply from the care team to something the client reported, for the client portal.
     *
     * @param kind SIDE_EFFECT (about is the side effect's label or the client's words) or FLAG (about is the
     *     {@link FlagReason} name)
     */
    public record CareTeamReply(Instant at, String kind, String about, String response) {
    }
}
