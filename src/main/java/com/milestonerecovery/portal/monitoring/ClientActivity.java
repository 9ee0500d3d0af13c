package com.milestonerecovery.portal.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.scheduling.FollowUpCadence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the care team's at-a-glance figures on the client row (last check-in, open urgent flags, adherence over
 * the last seven full days) so the clients grid and the dashboard can filter and sort on them in the database,
 * whatever the number of clients. The services that record check-ins, doses and flag changes refresh one client
 * in their transaction; a nightly job refreshes everyone, because adherence moves as days pass.
 *
 * <p>Adherence here counts scheduled doses taken out of scheduled doses due on the seven days before today (in
 * the clinic's zone): stable during the day, and the same figure for every staff member.
 */
@Component
public class ClientActivity {

    private static final Logger log = LoggerFactory.getLogger(ClientActivity.class);
    static final int WINDOW_DAYS = 7;
    private static final int BATCH = 2000;

    private static final String FIGURES = """
            update client c set
                c.last_check_in_at = (select max(k.recorded_at) from check_in k where k.client_id = c.id),
                c.open_flags = (select count(*) from urgent_flag f where f.client_id = c.id and f.resolved_at is null),
            """ + FollowUpCadence.FIGURES_SQL + """

            where c.id between :lo and :hi""";

    private static final String ADHERENCE = """
            update client c
            left join (
                select p.client_id,
                       sum(case when i.as_needed or i.times is null or i.times = '' then 0
                           else (length(i.times) - length(replace(i.times, ',', '')) + 1)
                                * greatest(0, datediff(
                                    least(:w1, coalesce(i.end_date, :w1),
                                          coalesce(date_sub(i.discontinued_on, interval 1 day), :w1)),
                                    greatest(:w0, i.start_date)) + 1)
                           end) as expected
                from medication_plan p join plan_item i on i.plan_id = p.id
                where p.client_id between :lo and :hi
                group by p.client_id) e on e.client_id = c.id
            left join (
                select d.client_id, count(*) as taken
                from dose_log d
                where d.client_id between :lo and :hi and d.local_date between :w0 and :w1
                  and d.status = 'TAKEN' and d.voided_at is null and d.scheduled_for is not null
                group by d.client_id) t on t.client_id = c.id
            set c.adherence_7d = case when coalesce(e.expected, 0) = 0 then null
                                      else least(100, round(100 * coalesce(t.taken, 0) / e.expected)) end,
                c.adherence_computed_on = :today
            where c.id between :lo and :hi""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ClinicProperties clinic;
    private final Clock clock;

    ClientActivity(NamedParameterJdbcTemplate jdbc, ClinicProperties clinic, Clock clock) {
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** Recomputes one client's figures, in the caller's transaction (so they commit with the change). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(long clientId) {
        update(clientId, clientId);
    }

    /** Recomputes every client's figures in batches; returns how many clients were visited. */
    @Scheduled(cron = "${portal.activity.refresh-cron:0 5 0 * * *}", zone = "${clinic.time-zone:America/Phoenix}")
    public int refreshAll() {
        Long max = jdbc.getJdbcTemplate().queryForObject("select max(id) from client", Long.class);
        if (max == null) {
            return 0;
        }
        long started = System.nanoTime();
        int visited = 0;
        for (long lo = 1; lo <= max; lo += BATCH) {
            visited += update(lo, lo + BATCH - 1);
        }
        log.info("Client figures refreshed for {} clients in {} ms", visited, (System.nanoTime() - started) / 1_000_000);
        return visited;
    }

    private int update(long lo, long hi) {
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("lo", lo).addValue("hi", hi)
                .addValue("w0", Date.valueOf(today.minusDays(WINDOW_DAYS)))
                .addValue("w1", Date.valueOf(today.minusDays(1))).addValue("today", Date.valueOf(today));
        jdbc.update(FIGURES, params);
        return jdbc.update(ADHERENCE, params);
    }
}
