package com.milestonerecovery.portal.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import com.milestonerecovery.portal.base.crypto.FieldCipher;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The history's read model: which days have entries (paged and filtered by the database), then the entries
 * of just those days in two queries, so a page costs three statements whatever its size.
 */
@Component
class HistoryQueries {

    private final NamedParameterJdbcTemplate jdbc;

    private final FieldCipher cipher;

    HistoryQueries(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private static String daysSql(HistoryFilter.Kind kind) {
        String doses = "select local_date as day from dose_log where client_id = :client and voided_at is null"
                + " and local_date between :from and :to";
        String checkIns = "select local_date as day from check_in where client_id = :client"
                + " and local_date between :from and :to";
        return switch (kind) {
            case DOSES -> doses;
            case CHECK_INS -> checkIns;
            case ALL -> doses + " union " + checkIns;
        };
    }

    List<LocalDate> days(long clientId, HistoryFilter filter, int offset, int limit) {
        String sql = "select distinct day from (" + daysSql(filter.kind()) + ") d order by day desc"
                + " limit :limit offset :offset";
        return jdbc.queryForList(sql, params(clientId, filter).addValue("limit", limit).addValue("offset", offset),
                Date.class).stream().map(Date::toLocalDate).toList();
    }

    int countDays(long clientId, HistoryFilter filter) {
        return jdbc.queryForObject("select count(distinct day) from (" + daysSql(filter.kind()) + ") d",
                params(clientId, filter), Integer.class);
    }

    record DoseRow(LocalDate day, long planItemId, Timestamp scheduledFor, Timestamp recordedAt, String status,
            String skipReason, boolean late) {
    }

    List<DoseRow> doses(long clientId, List<LocalDate> days) {
        return jdbc.query("""
                select local_date, plan_item_id, scheduled_for, recorded_at, status, skip_reason, late from dose_log
                where client_id = :client and voided_at is null and local_date in (:days)
                order by coalesce(scheduled_for, recorded_at)""",
                new MapSqlParameterSource("client", clientId).addValue("days", days),
                (rs, n) -> new DoseRow(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getTimestamp(3),
                        rs.getTimestamp(4), rs.getString(5), rs.getString(6), rs.getBoolean(7)));
    }

    record CheckInRow(LocalDate day, Timestamp recordedAt, int cravings, int mood, BigDecimal sleep, String note,
            boolean urgent) {
    }

    List<CheckInRow> checkIns(long clientId, List<LocalDate> days) {
        return jdbc.query("""
                select local_date, recorded_at, cravings, mood, sleep_hours, note, urgent from check_in
                where client_id = :client and local_date in (:days) order by recorded_at""",
                new MapSqlParameterSource("client", clientId).addValue("days", days),
                (rs, n) -> new CheckInRow(rs.getDate(1).toLocalDate(), rs.getTimestamp(2), rs.getInt(3), rs.getInt(4),
                        rs.getBigDecimal(5), cipher.decrypt(rs.getString(6)), rs.getBoolean(7)));
    }

    private static MapSqlParameterSource params(long clientId, HistoryFilter filter) {
        return new MapSqlParameterSource("client", clientId).addValue("from", filter.from())
                .addValue("to", filter.to());
    }
}
