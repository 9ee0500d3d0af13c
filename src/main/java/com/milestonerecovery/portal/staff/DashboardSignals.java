package com.milestonerecovery.portal.staff;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

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
    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private volatile String last;

    DashboardSignals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls {@code listener} after each change; the returned handle unsubscribes. */
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Scheduled(fixedDelayString = "${portal.dashboard.refresh-interval:10s}",
            initialDelayString = "${portal.dashboard.refresh-interval:10s}")
    public void check() {
        if (listeners.isEmpty()) {
            last = null; // nobody is watching: read again from scratch when someone opens a dashboard
            return;
        }
        String now = jdbc.queryForObject(FINGERPRINT, String.class);
        String previous = last;
        last = now;
        if (previous != null && !Objects.equals(previous, now)) {
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    log.warn("A dashboard could not be refreshed", e);
                }
            }
        }
    }
}
