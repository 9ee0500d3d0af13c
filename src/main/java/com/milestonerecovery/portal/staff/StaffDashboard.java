package com.milestonerecovery.portal.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.DashboardPanels.AppointmentItem;
import com.milestonerecovery.portal.staff.DashboardPanels.ClientItem;
import com.milestonerecovery.portal.staff.DashboardPanels.FlagItem;
import com.milestonerecovery.portal.staff.DashboardPanels.Panel;
import com.milestonerecovery.portal.staff.DashboardPanels.RequestItem;
import com.milestonerecovery.portal.staff.DashboardPanels.Scope;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start-of-shift read model: who needs attention and why. Each panel is counted by the database and lists
 * its first rows, with the client's name joined in (a fixed number of statements, whatever the clinic's size).
 * Clinicians see their caseload by default and may widen to the whole clinic (covering for a colleague);
 * coordinators see the clinic's requests, appointments and overdue follow-ups, and no clinical panels.
 */
@Service
public class StaffDashboard {

    public static final int ROWS = 8;
    static final Duration FLAG_WINDOW = Duration.ofHours(72);

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;
    private final Clock clock;

    StaffDashboard(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, ClinicProperties clinic, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public DashboardPanels panels(Scope requested) {
        boolean clinician = currentUser.hasRole(Role.CLINICIAN);
        Scope scope = clinician ? requested : Scope.CLINIC;
        Instant now = clock.instant();
        ZoneId zone = clinic.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("me", currentUser.require().accountId())
                .addValue("caseload", scope == Scope.CASELOAD)
                .addValue("now", Timestamp.from(now))
                .addValue("flagsSince", Timestamp.from(now.minus(FLAG_WINDOW)))
                .addValue("dayStart", Timestamp.from(today.atStartOfDay(zone).toInstant()))
                .addValue("dayEnd", Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant()))
                .addValue("low", ClientRoster.LOW_ADHERENCE).addValue("rows", ROWS);
        return new DashboardPanels(scope, newRequests(params),
                clinician ? lowAdherence(params) : null,
                clinician ? urgentFlags(params) : null,
                todaysAppointments(params), overdueFollowUps(params));
    }

    private Panel<RequestItem> newRequests(MapSqlParameterSource params) {
        String from = " from consultation_request r where r.status = 'NEW'";
        return panel("select count(*)" + from, """
                select r.id, r.reference, r.preferred_name, r.created_at""" + from
                + " order by r.created_at desc limit :rows", params,
                (rs, i) -> new RequestItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
    }

    /**
     * The caseload condition, only when the scope is the caseload: a constant "(:caseload = false or …)" made MariaDB
     * walk a whole clinician index for the clinic's counts instead of the range the filter allows.
     */
    private static String caseload(MapSqlParameterSource params, String column) {
        return Boolean.TRUE.equals(params.getValue("caseload")) ? " and " + column + " = :me" : "";
    }

    private Panel<ClientItem> lowAdherence(MapSqlParameterSource params) {
        String from = " from client c where c.adherence_7d < :low" + caseload(params, "c.primary_clinician_id");
        return panel("select count(*)" + from, "select c.id, c.reference, c.preferred_name, c.adherence_7d" + from
                + " order by c.adherence_7d, c.preferred_name limit :rows", params,
                (rs, i) -> new ClientItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    private Panel<FlagItem> urgentFlags(MapSqlParameterSource params) {
        String from = """
                 from urgent_flag f join client c on c.id = f.client_id
                where f.acknowledged_at is null and f.resolved_at is null and f.raised_at >= :flagsSince"""
                + caseload(params, "c.primary_clinician_id");
        return panel("select count(*)" + from, """
                select f.id, c.id, c.reference, c.preferred_name, f.reason, f.raised_at""" + from
                + " order by f.raised_at desc limit :rows", params,
                (rs, i) -> new FlagItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()));
    }

    private Panel<AppointmentItem> todaysAppointments(MapSqlParameterSource params) {
        String from = """
                 from appointment a join client c on c.id = a.client_id join user_account u on u.id = a.clinician_id
                where a.starts_at >= :dayStart and a.starts_at < :dayEnd and a.status <> 'CANCELLED'"""
                + caseload(params, "a.clinician_id");
        return panel("select count(*)" + from, """
                select a.id, c.id, c.reference, c.preferred_name, u.display_name, a.type, a.starts_at""" + from
                + " order by a.starts_at limit :rows", params,
                (rs, i) -> new AppointmentItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
    }

    /**
     * Clients with nothing booked ahead whose last completed visit (or enrolment) is older than their follow-up
     * cadence, the longest overdue first (then by name). Detail: days overdue. Read from the client row's follow-up
     * figures (due moment, booked until: FollowUpCadence.FIGURES_SQL, kept by the scheduling service and the
     * nightly job), so the rows are a walk of an index that stops after the first few, not two subqueries per
     * client.
     */
    private Panel<ClientItem> overdueFollowUps(MapSqlParameterSource params) {
        String from = " from client c where c.follow_up_due_at < :now"
                + " and (c.booked_until is null or c.booked_until < :now)"
                + caseload(params, "c.primary_clinician_id");
        return panel("select count(*)" + from, "select c.id, c.reference, c.preferred_name,"
                + " datediff(:now, c.follow_up_due_at) as days" + from
                + " order by c.follow_up_due_at, c.preferred_name limit :rows", params,
                (rs, i) -> new ClientItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    private <T> Panel<T> panel(String countSql, String rowsSql, MapSqlParameterSource params, RowMapper<T> mapper) {
        Long count = jdbc.queryForObject(countSql, params, Long.class);
        List<T> rows = count == null || count == 0 ? List.of() : jdbc.query(rowsSql, params, mapper);
        return new Panel<>(count == null ? 0 : count, rows);
    }
}
