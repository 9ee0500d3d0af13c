package com.milestonerecovery.portal.staff;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells open dashboards that their figures changed, without each browser polling. One query per app instance
 * every few seconds reads a fingerprint of what the panels depend on (newest request, flag, appointment and
 * check-in, and when flags and figures last changed); when it moves, every subscribed dashboard on this
 * instance re-reads its panels and the server pushes them to the browser. Because the fingerprint comes from
 * the shared database, a check-in saved through another app server shows up too. Server pushes do not count
 * as user activity, so an open dashboard does not keep an idle session alive.
 */
@Component
public class DashboardSignals {

    private static final Logger log = LoggerFactory.getLogger(DashboardSignals.class);
    private static final String FINGERPRINT = """
            select concat_ws('|',
                (select max(id) from consultation_request),
                (select count(*) from consultation_request where status = 'NEW'),
                (select max(id) from urgent_flag),
                (select max(acknowledged_at) from urgent_flag),
                (select max(resolved_at) from urgent_flag),
                (select max(id) from appointment),
                (select count(*) from appointment where status = 'SCHEDULED'),
                (select max(last_check_in_at) from client),
                (select max(adherence_computed_on) from client),
                (select max(id) from client))""";

    private final JdbcTemplate jdbc;
    /** Each open dashboard and the fingerprint its figures correspond to. */
    private final Map<Runnable, String> seen = new ConcurrentHashMap<>();

    DashboardSignals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Calls {@code listener} after each change from now on; the returned handle unsubscribes. Subscribe first,
     * then read the figures: a change in between then causes one extra refresh, never a missed one.
     */
    public AutoCloseable subscribe(Runnable listener) {
        seen.put(listener, fingerprint());
        return () -> seen.remove(listener);
    }

    @Scheduled(fixedDelayString = "${portal.dashboard.refresh-interval:10s}",
            initialDelayString = "${portal.dashboard.refresh-interval:10s}")
    public void check() {
        if (seen.isEmpty()) {
            return; // nobody is watching: no query
        }
        String now = fingerprint();
        seen.forEach((listener, before) -> {
            if (!Objects.equals(before, now) && seen.replace(listener, before, now)) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A dashboard could not be refreshed", e);
                }
            }
        });
    }

    private String fingerprint() {
        return jdbc.queryForObject(FINGERPRINT, String.class);
    }
}
