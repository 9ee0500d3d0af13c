package com.milestonerecovery.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.Roles;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's review of the audit trail: filtered, paged and sorted by the database, and exported as CSV
 * (streamed, the export itself recorded). Read-only: nothing here, or anywhere in the application, updates or
 * deletes an event, and the database refuses it too (V020_2 triggers).
 */
@Service
public class AuditLog {

    /** The most rows one CSV export carries; narrow the filters for more. */
    public static final int EXPORT_MAX = 100_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditTrail audit;
    private final ZoneId zone;

    AuditLog(NamedParameterJdbcTemplate jdbc, AuditTrail audit, ClinicProperties clinic) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zone = clinic.timeZone();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = select(query, params) + " order by e.occurred_at " + (query.newestFirst() ? "desc" : "asc")
                + ", e.id " + (query.newestFirst() ? "desc" : "asc") + " limit :limit offset :offset";
        params.addValue("limit", Math.max(1, Math.min(limit, 500))).addValue("offset", Math.max(0, offset));
        return jdbc.query(sql, params, (rs, n) -> entry(rs));
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from (" + select(query, params) + ") x", params, Long.class);
        return count == null ? 0 : count;
    }

    /** Writes the matching events as CSV (UTF-8, header row), oldest first, at most {@link #EXPORT_MAX}. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public int exportCsv(AuditQuery query, OutputStream out) {
        audit.record(AuditAction.EXPORT, null, "AUDIT", "audit trail CSV" + describe(query));
        MapSqlParameterSource params = new MapSqlParameterSource("limit", EXPORT_MAX);
        String sql = select(query, params) + " order by e.occurred_at asc, e.id asc limit :limit";
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at_utc", "actor", "action",
                    "client_reference", "section", "detail", "remote_address").get().print(writer);
            int[] rows = {0};
            jdbc.query(sql, params, rs -> {
                AuditEntry e = entry(rs);
                try {
                    csv.printRecord(e.id(), e.occurredAt(), safe(e.actorName()), e.action(),
                            safe(e.clientReference()), safe(e.section()), safe(e.detail()), safe(e.remoteAddress()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                rows[0]++;
            });
            csv.flush();
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheet formula injection: a cell starting with = + - @ is prefixed so it stays text. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private String select(AuditQuery query, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        if (query.from() != null) {
            where.add("e.occurred_at >= :from");
            params.addValue("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            where.add("e.occurred_at < :to");
            params.addValue("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.actor() != null) {
            where.add("e.actor_name like :actor escape '\\\\'");
            params.addValue("actor", escapeLike(query.actor()) + "%");
        }
        if (query.clientReference() != null) {
            where.add("c.reference = :reference");
            params.addValue("reference", query.clientReference());
        }
        if (query.action() != null) {
            where.add("e.action = :action");
            params.addValue("action", query.action().name());
        }
        return """
                select e.id, e.occurred_at, e.actor_name, e.action, c.reference, e.section, e.detail, e.remote_address
                from audit_event e left join client c on c.id = e.client_id"""
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String describe(AuditQuery q) {
        return (q.action() == null ? "" : " action=" + q.action()) + (q.from() == null ? "" : " from=" + q.from())
                + (q.to() == null ? "" : " to=" + q.to());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(2);
        Instant occurred = at == null ? null : at.toInstant();
        return new AuditEntry(rs.getLong(1), occurred, rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
