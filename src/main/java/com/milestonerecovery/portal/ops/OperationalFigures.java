package com.milestonerecovery.portal.ops;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The business figures behind the gauges and the mail-relay health check, read with one indexed query each and
 * reused for {@link OpsProperties#figuresMaxAge()}, so a scrape or probe every few seconds costs the database at
 * most one round of queries per period. Counts and ages only: nothing here names a person.
 */
@Component
public class OperationalFigures {

    /** One reading. Ages are zero when nothing is waiting. */
    public record Snapshot(long openUrgentFlags, long outboxPending, Duration oldestPendingAge,
            Duration reminderLag, Instant readAt) {
    }

    static final String REMINDER_TASK = "appointment-reminders";
    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private final JdbcTemplate jdbc;
    private final OpsProperties properties;
    private final Clock clock;
    private volatile Snapshot last;

    OperationalFigures(JdbcTemplate jdbc, OpsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The figures, read again only when the last reading is older than the configured age. */
    public Snapshot current() {
        Snapshot s = last;
        Instant now = clock.instant();
        if (s == null || !s.readAt().plus(properties.figuresMaxAge()).isAfter(now)) {
            synchronized (this) {
                s = last;
                if (s == null || !s.readAt().plus(properties.figuresMaxAge()).isAfter(now)) {
                    s = read(now);
                    last = s;
                }
            }
        }
        return s;
    }

    private Snapshot read(Instant now) {
        Long flags = jdbc.queryForObject("select count(*) from urgent_flag where resolved_at is null", Long.class);
        Snapshot partial = jdbc.queryForObject(
                "select count(*), min(created_at) from outbox_message where status = 'PENDING'",
                (rs, i) -> new Snapshot(0, rs.getLong(1), age(rs.getTimestamp(2, UTC), now), Duration.ZERO, now));
        // The reminder job's next planned run; once that time has passed and it has not run, it is late.
        Duration lag = jdbc.query("select execution_time from scheduled_tasks where task_name = ?",
                rs -> rs.next() ? age(rs.getTimestamp(1, UTC), now) : Duration.ZERO, REMINDER_TASK);
        return new Snapshot(flags == null ? 0 : flags, partial.outboxPending(), partial.oldestPendingAge(), lag, now);
    }

    private static Duration age(Timestamp since, Instant now) {
        if (since == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(since.toInstant(), now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
