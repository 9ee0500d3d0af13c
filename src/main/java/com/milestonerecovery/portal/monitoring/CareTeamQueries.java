package com.milestonerecovery.portal.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CareTeamReply;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CheckInRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.DoseRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.FlagView;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.QuestionnaireRow;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.SideEffectView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The care team's read model of one client's records: each list is one statement, paged by the database
 * (limit/offset, newest first), with names joined in rather than fetched per row.
 */
@Component
class CareTeamQueries {

    private final NamedParameterJdbcTemplate jdbc;

    private final FieldCipher cipher;

    CareTeamQueries(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    List<FlagView> flags(long clientId, int offset, int limit) {
        return jdbc.query("""
                select f.id, f.reason, f.raised_at, f.acknowledged_at, a.display_name, f.response, f.responded_at,
                       f.resolved_at
                from urgent_flag f left join user_account a on a.id = f.acknowledged_by
                where f.client_id = :client
                order by f.resolved_at is null desc, f.raised_at desc, f.id desc
                limit :limit offset :offset""", page(clientId, offset, limit),
                (rs, i) -> new FlagView(rs.getLong(1), FlagReason.valueOf(rs.getString(2)), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8))));
    }

    List<SideEffectView> sideEffects(long clientId, Locale locale, int offset, int limit) {
        String label = "es".equals(locale.getLanguage()) ? "s.label_es" : "s.label_en";
        return jdbc.query("""
                select r.id, m.name, %s, r.other_text, r.severity, r.reported_at, r.acknowledged_at, r.response,
                       r.resolved_at
                from side_effect_report r
                left join medication_side_effect s on s.id = r.side_effect_id
                left join medication m on m.id = s.medication_id
                where r.client_id = :client
                order by r.resolved_at is null desc, r.reported_at desc, r.id desc
                limit :limit offset :offset""".formatted(label), page(clientId, offset, limit),
                (rs, i) -> new SideEffectView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        cipher.decrypt(rs.getString(4)),
                        Severity.valueOf(rs.getString(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        rs.getString(8), instant(rs.getTimestamp(9))));
    }

    List<DoseRow> doses(long clientId, int offset, int limit) {
        return jdbc.query("""
                select d.id, d.local_date, d.scheduled_for, m.name, d.status, d.skip_reason, d.recorded_at, d.late
                from dose_log d
                join plan_item i on i.id = d.plan_item_id
                join medication m on m.id = i.medication_id
                where d.client_id = :client and d.voided_at is null
                order by d.local_date desc, d.recorded_at desc, d.id desc
                limit :limit offset :offset""", page(clientId, offset, limit),
                (rs, i) -> new DoseRow(rs.getLong(1), rs.getDate(2).toLocalDate(), instant(rs.getTimestamp(3)),
                        rs.getString(4), DoseStatus.valueOf(rs.getString(5)), rs.getString(6),
                        instant(rs.getTimestamp(7)), rs.getBoolean(8)));
    }

    List<CheckInRow> checkIns(long clientId, int offset, int limit) {
        return jdbc.query("""
                select id, local_date, recorded_at, cravings, mood, sleep_hours, note, urgent
                from check_in where client_id = :client
                order by recorded_at desc, id desc
                limit :limit offset :offset""", page(clientId, offset, limit),
                (rs, i) -> new CheckInRow(rs.getLong(1), rs.getDate(2).toLocalDate(), instant(rs.getTimestamp(3)),
                        rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6), cipher.decrypt(rs.getString(7)), rs.getBoolean(8)));
    }

    List<QuestionnaireRow> questionnaires(long clientId, int offset, int limit) {
        return jdbc.query("""
                select instrument, total, band, completed_at from questionnaire_response
                where client_id = :client
                order by completed_at desc, id desc
                limit :limit offset :offset""", page(clientId, offset, limit),
                (rs, i) -> new QuestionnaireRow(Questionnaire.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getString(3), instant(rs.getTimestamp(4))));
    }

    /** Per day from {@code from} to {@code to}: percent of scheduled doses taken, null when none were due. */
    List<TrendPoint> adherencePerDay(long clientId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                with recursive days (d) as (
                    select cast(:from as date) union all select d + interval 1 day from days where d < :to)
                select days.d,
                    (select coalesce(sum(length(i.times) - length(replace(i.times, ',', '')) + 1), 0)
                     from plan_item i join medication_plan p on p.id = i.plan_id
                     where p.client_id = :client and not i.as_needed and i.times is not null and i.times <> ''
                       and i.start_date <= days.d and (i.end_date is null or i.end_date >= days.d)
                       and (i.discontinued_on is null or i.discontinued_on > days.d)) as expected,
                    (select count(*) from dose_log l
                     where l.client_id = :client and l.local_date = days.d and l.status = 'TAKEN'
                       and l.voided_at is null and l.scheduled_for is not null) as taken
                from days order by days.d""",
                new MapSqlParameterSource("client", clientId).addValue("from", Date.valueOf(from))
                        .addValue("to", Date.valueOf(to)),
                (rs, i) -> {
                    long expected = rs.getLong(2);
                    return new TrendPoint(rs.getDate(1).toLocalDate(),
                            expected == 0 ? null : Math.min(100.0, Math.round(rs.getLong(3) * 100.0 / expected)));
                });
    }

    /** Average cravings and mood per day, keyed by day: [cravings, mood]. */
    Map<LocalDate, double[]> cravingsAndMood(long clientId, LocalDate from, LocalDate to) {
        Map<LocalDate, double[]> result = new HashMap<>();
        jdbc.query("""
                select local_date, avg(cravings), avg(mood) from check_in
                where client_id = :client and local_date between :from and :to
                group by local_date""", range(clientId, from, to),
                rs -> {
                    result.put(rs.getDate(1).toLocalDate(), new double[] {rs.getDouble(2), rs.getDouble(3)});
                });
        return result;
    }

    /** A questionnaire's total when it was completed. */
    record QuestionnaireTotal(Questionnaire instrument, Instant completedAt, int total) {
    }

    /** Questionnaire totals from the day before {@code from} on, oldest first. */
    List<QuestionnaireTotal> questionnaireTotals(long clientId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select instrument, completed_at, total from questionnaire_response
                where client_id = :client and completed_at >= :fromTs
                order by completed_at""", range(clientId, from, to).addValue("fromTs",
                        Timestamp.valueOf(from.minusDays(1).atStartOfDay())),
                (rs, i) -> new QuestionnaireTotal(Questionnaire.valueOf(rs.getString(1)),
                        instant(rs.getTimestamp(2)), rs.getInt(3)));
    }

    /** Replies to the client's side-effect reports and urgent flags, newest first. */
    List<CareTeamReply> replies(long clientId, Locale locale, int limit) {
        String label = "es".equals(locale.getLanguage()) ? "s.label_es" : "s.label_en";
        return jdbc.query("""
                select at, kind, about, response from (
                    select r.responded_at as at, 'SIDE_EFFECT' as kind, coalesce(%s, r.other_text) as about,
                           r.response
                    from side_effect_report r left join medication_side_effect s on s.id = r.side_effect_id
                    where r.client_id = :client and r.response is not null
                    union all
                    select f.responded_at, 'FLAG', f.reason, f.response
                    from urgent_flag f where f.client_id = :client and f.response is not null) replies
                order by at desc limit :limit""".formatted(label),
                new MapSqlParameterSource("client", clientId).addValue("limit", limit),
                (rs, i) -> new CareTeamReply(instant(rs.getTimestamp(1)), rs.getString(2),
                        cipher.decrypt(rs.getString(3)),
                        rs.getString(4)));
    }

    private static MapSqlParameterSource page(long clientId, int offset, int limit) {
        return new MapSqlParameterSource("client", clientId).addValue("offset", offset).addValue("limit", limit);
    }

    private static MapSqlParameterSource range(long clientId, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("client", clientId).addValue("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
