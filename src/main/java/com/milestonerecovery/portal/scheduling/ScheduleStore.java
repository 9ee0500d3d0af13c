package com.milestonerecovery.portal.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.milestonerecovery.portal.scheduling.SlotPlanner.Interval;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scheduling tables besides the appointment itself: slot holds, working hours, change history, client requests,
 * and the read models of the schedule and the request queue (each one statement with names joined in).
 */
@Component
class ScheduleStore {

    /** An existing appointment in the way: whose it is and when. */
    record Clash(SlotClash.Who who, Instant start, Instant end) {
    }

    /** What the cadence rule needs about a client. */
    record CadenceFacts(Long primaryClinicianId, int followUpDays, Instant enrolledAt, Instant lastCompletedVisit) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ScheduleStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * The first SCHEDULED appointment of the clinician or the client that overlaps start to end. With {@code group},
     * the clinician's group session at exactly this time is no clash (the client joins it); the client's is.
     */
    Optional<Clash> overlap(long clinicianId, long clientId, Instant start, Instant end, long selfId, boolean group) {
        return jdbc.query("""
                select a.starts_at, a.ends_at, a.client_id <> :client as clinician_clash from appointment a
                where a.status = 'SCHEDULED' and a.id <> :self and a.starts_at < :end and a.ends_at > :start
                  and (a.client_id = :client or (a.clinician_id = :clinician and not (:group and a.type = 'GROUP'
                       and a.starts_at = :start and a.ends_at = :end)))
                order by clinician_clash desc, a.starts_at limit 1""",
                new MapSqlParameterSource("clinician", clinicianId).addValue("client", clientId)
                        .addValue("self", selfId).addValue("start", ts(start)).addValue("end", ts(end))
                        .addValue("group", group),
                (rs, i) -> new Clash(rs.getBoolean("clinician_clash") ? SlotClash.Who.CLINICIAN : SlotClash.Who.CLIENT,
                        instant(rs, "starts_at"), instant(rs, "ends_at"))).stream().findFirst();
    }

    /**
     * The group session of the clinician at exactly start to end: the member appointment that holds the clinician's
     * slots, locked until the transaction ends so joins, leaves and the capacity count of one session take turns.
     */
    Optional<Long> lockGroupSession(long clinicianId, Instant start, Instant end) {
        return jdbc.query("""
                select s.appointment_id from clinician_slot s join appointment a on a.id = s.appointment_id
                where s.clinician_id = :c and s.slot_start = :first and a.type = 'GROUP' and a.status = 'SCHEDULED'
                  and a.starts_at = :start and a.ends_at = :end
                for update""",
                new MapSqlParameterSource("c", clinicianId).addValue("first", ts(SlotPlanner.slotsHeld(start, end)
                        .getFirst())).addValue("start", ts(start)).addValue("end", ts(end)),
                (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    /** SCHEDULED members of the clinician's group session at start to end (latest committed, not a snapshot). */
    int groupMembers(long clinicianId, Instant start, Instant end) {
        Integer n = jdbc.queryForObject("""
                select count(*) from appointment where clinician_id = :c and type = 'GROUP' and status = 'SCHEDULED'
                  and starts_at = :start and ends_at = :end lock in share mode""",
                new MapSqlParameterSource("c", clinicianId).addValue("start", ts(start)).addValue("end", ts(end)),
                Integer.class);
        return n == null ? 0 : n;
    }

    /** The clinician's group sessions from to to, with their number of members. */
    List<GroupSession> groupSessions(long clinicianId, Instant from, Instant to, int capacity) {
        return jdbc.query("""
                select starts_at, ends_at, count(*) as members from appointment
                where clinician_id = :c and type = 'GROUP' and status = 'SCHEDULED' and starts_at >= :from
                  and starts_at < :to
                group by starts_at, ends_at order by starts_at""",
                new MapSqlParameterSource("c", clinicianId).addValue("from", ts(from)).addValue("to", ts(to)),
                (rs, i) -> new GroupSession(clinicianId, instant(rs, "starts_at"), instant(rs, "ends_at"),
                        rs.getInt("members"), capacity));
    }

    /** Takes the grid slots for the clinician and the client; a slot someone holds fails on the primary key. */
    void holdSlots(long appointmentId, long clinicianId, long clientId, Instant start, Instant end) {
        for (Instant slot : SlotPlanner.slotsHeld(start, end)) {
            jdbc.update("insert into clinician_slot (clinician_id, slot_start, appointment_id) values (:o, :s, :a)",
                    new MapSqlParameterSource("o", clinicianId).addValue("s", ts(slot)).addValue("a", appointmentId));
        }
        holdClientSlots(appointmentId, clientId, start, end);
    }

    /** Takes the client's grid slots only: a member joining a group session whose clinician slots are held. */
    void holdClientSlots(long appointmentId, long clientId, Instant start, Instant end) {
        for (Instant slot : SlotPlanner.slotsHeld(start, end)) {
            jdbc.update("insert into client_slot (client_id, slot_start, appointment_id) values (:o, :s, :a)",
                    new MapSqlParameterSource("o", clientId).addValue("s", ts(slot)).addValue("a", appointmentId));
        }
    }

    /**
     * After a slot insert failed: who holds one of the slots, read with a locking read so a booking that committed
     * a moment ago is seen (a plain read would see this transaction's older snapshot).
     */
    Optional<Clash> heldBy(long clinicianId, long clientId, Instant start, Instant end) {
        MapSqlParameterSource params = new MapSqlParameterSource("slots",
                SlotPlanner.slotsHeld(start, end).stream().map(ScheduleStore::ts).toList());
        List<Clash> clinician = jdbc.query("""
                select a.starts_at, a.ends_at from clinician_slot s join appointment a on a.id = s.appointment_id
                where s.clinician_id = :owner and s.slot_start in (:slots) order by s.slot_start limit 1
                lock in share mode""", params.addValue("owner", clinicianId),
                (rs, i) -> new Clash(SlotClash.Who.CLINICIAN, instant(rs, "starts_at"), instant(rs, "ends_at")));
        if (!clinician.isEmpty()) {
            return Optional.of(clinician.getFirst());
        }
        return jdbc.query("""
                select a.starts_at, a.ends_at from client_slot s join appointment a on a.id = s.appointment_id
                where s.client_id = :owner and s.slot_start in (:slots) order by s.slot_start limit 1
                lock in share mode""", params.addValue("owner", clientId),
                (rs, i) -> new Clash(SlotClash.Who.CLIENT, instant(rs, "starts_at"), instant(rs, "ends_at")))
                .stream().findFirst();
    }

    /**
     * Frees the appointment's slots. The clinician's slots of a group session pass to another member who is still
     * booked (read with a locking read, so a member who left a moment ago is not chosen); only the last member's
     * leaving frees the clinician.
     */
    void releaseSlots(long appointmentId) {
        MapSqlParameterSource p = new MapSqlParameterSource("a", appointmentId);
        Optional<Long> heir = jdbc.query("""
                select min(o.id) from appointment a join appointment o on o.clinician_id = a.clinician_id
                  and o.starts_at = a.starts_at and o.ends_at = a.ends_at and o.type = 'GROUP'
                  and o.status = 'SCHEDULED' and o.id <> a.id
                where a.id = :a and a.type = 'GROUP' lock in share mode""", p,
                (rs, i) -> (Long) rs.getObject(1, Long.class)).stream().filter(java.util.Objects::nonNull).findFirst();
        if (heir.isPresent()) {
            jdbc.update("update clinician_slot set appointment_id = :h where appointment_id = :a",
                    p.addValue("h", heir.get()));
        } else {
            jdbc.update("delete from clinician_slot where appointment_id = :a", p);
        }
        jdbc.update("delete from client_slot where appointment_id = :a", p);
    }

    void recordChange(long appointmentId, Long by, String kind, Instant oldStart, Instant newStart, String reason,
            Instant now) {
        jdbc.update("""
                insert into appointment_change (appointment_id, changed_at, changed_by, kind, old_starts_at,
                    new_starts_at, reason) values (:a, :at, :by, :kind, :old, :new, :reason)""",
                new MapSqlParameterSource("a", appointmentId).addValue("at", ts(now)).addValue("by", by)
                        .addValue("kind", kind).addValue("old", ts(oldStart)).addValue("new", ts(newStart))
                        .addValue("reason", reason));
    }

    boolean isActiveClinician(long accountId) {
        Integer n = jdbc.queryForObject("""
                select count(*) from user_account u join user_account_role r on r.user_account_id = u.id
                where u.id = :id and u.enabled = true and r.role = 'CLINICIAN'""",
                new MapSqlParameterSource("id", accountId), Integer.class);
        return n != null && n > 0;
    }

    /** The clinician's own hours, or empty when they have none (then the clinic's apply). */
    Optional<WorkingHours> clinicianHours(long clinicianId) {
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        jdbc.query("select day_of_week, starts_at, ends_at from clinician_hours where clinician_id = :c",
                new MapSqlParameterSource("c", clinicianId), rs -> {
                    days.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
                            .add(new TimeRange(rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()));
                });
        return days.isEmpty() ? Optional.empty() : Optional.of(new WorkingHours(days));
    }

    void replaceHours(long clinicianId, WorkingHours hours) {
        MapSqlParameterSource p = new MapSqlParameterSource("c", clinicianId);
        jdbc.update("delete from clinician_hours where clinician_id = :c", p);
        hours.days().forEach((day, ranges) -> ranges.forEach(r -> jdbc.update("""
                insert into clinician_hours (clinician_id, day_of_week, starts_at, ends_at) values (:c, :d, :s, :e)""",
                new MapSqlParameterSource("c", clinicianId).addValue("d", day.getValue())
                        .addValue("s", Time.valueOf(r.start())).addValue("e", Time.valueOf(r.end())))));
    }

    /** SCHEDULED appointments of the clinician (and of the client, when given) overlapping from to to. */
    List<Interval> busy(long clinicianId, Long clientId, Instant from, Instant to, long ignoreId) {
        return jdbc.query("""
                select starts_at, ends_at from appointment
                where status = 'SCHEDULED' and id <> :ignore and starts_at < :to and ends_at > :from
                  and (clinician_id = :clinician or client_id = :client) order by starts_at""",
                new MapSqlParameterSource("clinician", clinicianId).addValue("client", clientId == null ? -1 : clientId)
                        .addValue("ignore", ignoreId).addValue("from", ts(from)).addValue("to", ts(to)),
                (rs, i) -> new Interval(instant(rs, "starts_at"), instant(rs, "ends_at")));
    }

    /**
     * The schedule from to to (not cancelled), for one clinician or all. With {@code maskFor} set (a clinician's
     * account), appointments neither theirs nor with a client of their caseload come without client or type.
     */
    List<ScheduleEntry> entries(Instant from, Instant to, Long clinicianId, Long maskFor) {
        return jdbc.query("""
                select a.id, a.client_id, c.reference, c.preferred_name, a.clinician_id, u.display_name, a.type,
                       a.starts_at, a.ends_at, a.status, a.telehealth_url is not null as telehealth,
                       exists (select 1 from appointment_request r where r.open_appointment = a.id) as open_request,
                       (:mask is null or a.clinician_id = :mask or c.primary_clinician_id = :mask) as visible
                from appointment a join client c on c.id = a.client_id join user_account u on u.id = a.clinician_id
                where a.starts_at < :to and a.ends_at > :from and a.status <> 'CANCELLED'
                  and (:clinician is null or a.clinician_id = :clinician)
                order by a.starts_at, u.display_name, a.id""",
                new MapSqlParameterSource("from", ts(from)).addValue("to", ts(to)).addValue("clinician", clinicianId)
                        .addValue("mask", maskFor),
                (rs, i) -> {
                    boolean visible = rs.getBoolean("visible");
                    return new ScheduleEntry(rs.getLong("id"), visible ? rs.getLong("client_id") : null,
                            visible ? rs.getString("reference") : null, visible ? rs.getString("preferred_name") : null,
                            rs.getLong("clinician_id"), rs.getString("display_name"),
                            visible ? AppointmentType.valueOf(rs.getString("type")) : null, instant(rs, "starts_at"),
                            instant(rs, "ends_at"), AppointmentStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("telehealth"), visible && rs.getBoolean("open_request"), visible);
                });
    }

    Optional<CadenceFacts> cadence(long clientId) {
        return jdbc.query("""
                select c.primary_clinician_id, c.follow_up_days, c.created_at,
                       (select max(v.starts_at) from appointment v where v.client_id = c.id
                        and v.status = 'COMPLETED') as last_visit
                from client c where c.id = :c""", new MapSqlParameterSource("c", clientId),
                (rs, i) -> new CadenceFacts((Long) rs.getObject("primary_clinician_id", Long.class),
                        rs.getInt("follow_up_days"), instant(rs, "created_at"), instant(rs, "last_visit")))
                .stream().findFirst();
    }

    /**
     * Rewrites the client's follow-up figures (due moment, booked until) for the dashboard's overdue panel. Call
     * after the change is flushed: the figures are read from the appointment table.
     */
    void refreshFollowUp(long clientId) {
        jdbc.update("update client c set " + FollowUpCadence.FIGURES_SQL + " where c.id = :c",
                new MapSqlParameterSource("c", clientId));
    }

    void setFollowUpDays(long clientId, int days) {
        jdbc.update("update client set follow_up_days = :d, version = version + 1 where id = :c",
                new MapSqlParameterSource("d", days).addValue("c", clientId));
    }

    Map<Long, String> names(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("select id, display_name from user_account where id in (:ids)",
                new MapSqlParameterSource("ids", accountIds), rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    Optional<String[]> clientLabel(long clientId) {
        return jdbc.query("select reference, preferred_name from client where id = :c",
                new MapSqlParameterSource("c", clientId),
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).stream().findFirst();
    }

    // ---- client requests ----

    void openRequest(long appointmentId, long clientId, RequestKind kind, String note, Instant now) {
        jdbc.update("""
                insert into appointment_request (appointment_id, client_id, kind, client_note, status, created_at)
                values (:a, :c, :k, :n, 'OPEN', :now)""",
                new MapSqlParameterSource("a", appointmentId).addValue("c", clientId).addValue("k", kind.name())
                        .addValue("n", note).addValue("now", ts(now)));
    }

    /** Closes whatever is open for the appointment (it was moved or cancelled); returns how many. */
    int closeRequestsOf(long appointmentId, Long by, Instant now, String outcome) {
        return jdbc.update("""
                update appointment_request set status = 'DONE', handled_at = :now, handled_by = :by, outcome = :o,
                    version = version + 1
                where appointment_id = :a and status = 'OPEN'""",
                new MapSqlParameterSource("a", appointmentId).addValue("now", ts(now)).addValue("by", by)
                        .addValue("o", outcome));
    }

    /** The client and appointment of an open request. */
    Optional<long[]> openRequest(long requestId) {
        return jdbc.query("select client_id, appointment_id from appointment_request where id = :id and status = 'OPEN'",
                new MapSqlParameterSource("id", requestId), (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .stream().findFirst();
    }

    int closeRequest(long requestId, long by, Instant now, String outcome) {
        return jdbc.update("""
                update appointment_request set status = 'DONE', handled_at = :now, handled_by = :by, outcome = :o,
                    version = version + 1
                where id = :id and status = 'OPEN'""",
                new MapSqlParameterSource("id", requestId).addValue("now", ts(now)).addValue("by", by)
                        .addValue("o", outcome));
    }

    Set<Long> openRequestAppointments(long clientId) {
        return new HashSet<>(jdbc.queryForList(
                "select appointment_id from appointment_request where client_id = :c and status = 'OPEN'",
                new MapSqlParameterSource("c", clientId), Long.class));
    }

    private static final String QUEUE_FROM = " from appointment_request r"
            + " join appointment a on a.id = r.appointment_id join client c on c.id = r.client_id"
            + " join user_account u on u.id = a.clinician_id"
            + " where r.status = 'OPEN' and (:caseload is null or c.primary_clinician_id = :caseload)";

    List<ScheduleRequest> queue(Long caseloadOf, int offset, int limit) {
        return jdbc.query("""
                select r.id, r.appointment_id, r.client_id, c.reference, c.preferred_name, u.display_name,
                       a.starts_at, a.status, r.kind, r.client_note, r.created_at""" + QUEUE_FROM
                + " order by r.created_at, r.id limit :limit offset :offset",
                new MapSqlParameterSource("caseload", caseloadOf).addValue("limit", limit).addValue("offset", offset),
                (rs, i) -> new ScheduleRequest(rs.getLong("id"), rs.getLong("appointment_id"), rs.getLong("client_id"),
                        rs.getString("reference"), rs.getString("preferred_name"), rs.getString("display_name"),
                        instant(rs, "starts_at"), AppointmentStatus.valueOf(rs.getString("status")),
                        RequestKind.valueOf(rs.getString("kind")), rs.getString("client_note"),
                        instant(rs, "created_at")));
    }

    long queueSize(Long caseloadOf) {
        Long n = jdbc.queryForObject("select count(*) " + QUEUE_FROM, new MapSqlParameterSource("caseload", caseloadOf),
                Long.class);
        return n == null ? 0 : n;
    }
}
