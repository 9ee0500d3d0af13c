package com.milestonerecovery.portal.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.milestonerecovery.portal.notification.MailOutbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the appointment reminders that are due now, through the outbox. Run by db-scheduler (one app server at a
 * time, see {@link ReminderSchedule}); safe to run anywhere, any number of times, at once:
 * <ul>
 * <li>each reminder is a row keyed by (appointment, offset, start time), inserted in the same transaction as its
 * outbox message, so a second run fails on the key and sends nothing;</li>
 * <li>the appointment row is locked and read again in that transaction, so a cancellation or move that committed
 * after the candidate list was read wins: no reminder for a cancelled appointment or an old time;</li>
 * <li>nothing is kept in memory between runs: after downtime the next run sends what is still due, and nothing for
 * appointments that have begun.</li>
 * </ul>
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    static final int BATCH = 500;

    private record Candidate(long id, Instant start, Instant timeSetAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final ReminderMail mail;
    private final SchedulingProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    ReminderJob(NamedParameterJdbcTemplate jdbc, MailOutbox outbox, ReminderMail mail, SchedulingProperties properties,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One pass; returns how many reminder messages it queued. */
    int sendDue() {
        Instant now = clock.instant();
        List<Duration> offsets = properties.reminderOffsets();
        if (offsets.isEmpty()) {
            return 0;
        }
        List<Candidate> candidates = jdbc.query("""
                select id, starts_at, coalesce(time_set_at, created_at) as set_at from appointment
                where status = 'SCHEDULED' and starts_at > :now and starts_at <= :horizon
                order by starts_at, id limit :batch""",
                new MapSqlParameterSource("now", Timestamp.from(now))
                        .addValue("horizon", Timestamp.from(now.plus(offsets.getLast())))
                        .addValue("batch", BATCH),
                (rs, i) -> new Candidate(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<Long, Set<Duration>> handled = handled(candidates);
        int sent = 0;
        for (Candidate c : candidates) {
            var plan = ReminderPlan.decide(c.start(), c.timeSetAt(), now, offsets,
                    handled.getOrDefault(c.id(), Set.of()));
            if (plan.isEmpty()) {
                continue;
            }
            try {
                Boolean queued = tx.execute(status -> apply(c, plan.get(), now));
                sent += Boolean.TRUE.equals(queued) ? 1 : 0;
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                log.debug("Reminder for appointment {} handled elsewhere", c.id());
            }
        }
        if (sent > 0) {
            log.info("Appointment reminders queued: {}", sent);
        }
        return sent;
    }

    /** Offsets already recorded for each candidate at its current start time (one statement). */
    private Map<Long, Set<Duration>> handled(List<Candidate> candidates) {
        Map<Long, Instant> starts = new HashMap<>();
        candidates.forEach(c -> starts.put(c.id(), c.start()));
        Map<Long, Set<Duration>> handled = new HashMap<>();
        jdbc.query("select appointment_id, offset_minutes, starts_at from appointment_reminder where appointment_id in (:ids)",
                new MapSqlParameterSource("ids", new ArrayList<>(starts.keySet())), rs -> {
                    long id = rs.getLong(1);
                    if (rs.getTimestamp(3).toInstant().equals(starts.get(id))) {
                        handled.computeIfAbsent(id, k -> new HashSet<>()).add(Duration.ofMinutes(rs.getInt(2)));
                    }
                });
        return handled;
    }

    private boolean apply(Candidate c, ReminderPlan plan, Instant now) {
        var rows = jdbc.queryForList("""
                select a.status, a.starts_at, a.ends_at, a.telehealth_url, a.version, c.email_reminders,
                       c.email_may_name_clinic, u.email, u.enabled
                from appointment a join client c on c.id = a.client_id join user_account u on u.id = c.account_id
                where a.id = :id for update""", new MapSqlParameterSource("id", c.id()));
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, Object> row = rows.getFirst();
        Instant start = ((Timestamp) row.get("starts_at")).toInstant();
        if (!"SCHEDULED".equals(row.get("status")) || !start.equals(c.start())) {
            return false; // cancelled or moved since the candidates were read
        }
        for (Duration skipped : plan.superseded()) {
            record(c, skipped, "SUPERSEDED", now);
        }
        if (plan.send() == null) {
            return false;
        }
        boolean wanted = Boolean.TRUE.equals(row.get("email_reminders"));
        boolean reachable = Boolean.TRUE.equals(row.get("enabled"));
        long reminderId = record(c, plan.send(), !wanted ? "OPTED_OUT" : !reachable ? "NO_ACCOUNT" : "SENT", now);
        if (!wanted || !reachable) {
            return false;
        }
        ReminderMail.Content content = mail.compose(c.id(), ((Number) row.get("version")).longValue(), start,
                ((Timestamp) row.get("ends_at")).toInstant(), (String) row.get("telehealth_url"),
                Boolean.TRUE.equals(row.get("email_may_name_clinic")));
        long messageId = outbox.enqueue((String) row.get("email"), content.subject(), content.body(),
                List.of(content.calendar()));
        jdbc.update("update appointment_reminder set outbox_message_id = :m where id = :id",
                new MapSqlParameterSource("m", messageId).addValue("id", reminderId));
        return true;
    }

    private long record(Candidate c, Duration offset, String outcome, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update("""
                insert into appointment_reminder (appointment_id, offset_minutes, starts_at, outcome, recorded_at)
                values (:a, :o, :s, :outcome, :now)""",
                new MapSqlParameterSource("a", c.id()).addValue("o", offset.toMinutes())
                        .addValue("s", Timestamp.from(c.start())).addValue("outcome", outcome)
                        .addValue("now", Timestamp.from(now)), keys, new String[] {"id"});
        return keys.getKey().longValue();
    }
}
