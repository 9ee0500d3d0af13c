package com.milestonerecovery.portal.scheduling;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/** Synthetic clients and far-future clinic days that no other test touches (all ITs share one database). */
final class SchedulingFixtures {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private SchedulingFixtures() {
    }

    /** A Monday about {@code weeksAhead} weeks from now (clinic zone), past every demo appointment. */
    static LocalDate monday(int weeksAhead) {
        return LocalDate.now(PHOENIX).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(PHOENIX).toInstant();
    }

    static long accountId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    static long clientId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id "
                + "where a.username = ?", Long.class, username);
    }

    /** A client account and record of the clinician's caseload; returns the client id. */
    static long newClient(JdbcTemplate jdbc, String tag, long clinicianId) {
        String username = "sched-" + tag + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into user_account (username, email, display_name, enabled, created_at) values (?, ?, ?, true, ?)",
                username, username + "@test.invalid", "Synthetic " + tag, now);
        long account = accountId(jdbc, username);
        jdbc.update("insert into user_account_role (user_account_id, role) values (?, 'CLIENT')", account);
        jdbc.update("""
                insert into client (account_id, reference, preferred_name, primary_clinician_id, created_at)
                values (?, ?, ?, ?, ?)""", account, "S-" + (account % 1_000_000_000), "Synthetic " + tag,
                clinicianId, now);
        return jdbc.queryForObject("select id from client where account_id = ?", Long.class, account);
    }

    static String username(JdbcTemplate jdbc, long clientId) {
        return jdbc.queryForObject("select a.username from client c join user_account a on a.id = c.account_id "
                + "where c.id = ?", String.class, clientId);
    }

    static String email(JdbcTemplate jdbc, long clientId) {
        return jdbc.queryForObject("select a.email from client c join user_account a on a.id = c.account_id "
                + "where c.id = ?", String.class, clientId);
    }

    /** An appointment written directly (for reminder tests that need a history the service would not allow). */
    static long insertAppointment(JdbcTemplate jdbc, long clientId, long clinicianId, Instant start, Instant timeSetAt) {
        jdbc.update("""
                insert into appointment (client_id, clinician_id, type, starts_at, ends_at, location, status, created_at,
                    time_set_at) values (?, ?, 'FOLLOW_UP', ?, ?, 'Suite C-106', 'SCHEDULED', ?, ?)""",
                clientId, clinicianId, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofMinutes(30))),
                Timestamp.from(timeSetAt), Timestamp.from(timeSetAt));
        return jdbc.queryForObject("select max(id) from appointment where client_id = ?", Long.class, clientId);
    }
}
