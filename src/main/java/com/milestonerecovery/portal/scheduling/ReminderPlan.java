package com.milestonerecovery.portal.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of one appointment to send now. An offset is due once its moment (start minus offset) has come,
 * unless that moment was already past when the current time was set (booked or moved within the window: the person
 * knows) or it was handled before. Of several due at once (after downtime, or a late booking), only the closest to
 * the appointment goes out; the others are recorded as superseded, so nobody gets two reminders in one go.
 */
record ReminderPlan(Duration send, List<Duration> superseded) {

    static Optional<ReminderPlan> decide(Instant start, Instant timeSetAt, Instant now, List<Duration> offsets,
            Collection<Duration> handled) {
        if (!start.isAfter(now)) {
            return Optional.empty(); // the appointment has begun: too late for any reminder
        }
        List<Duration> due = offsets.stream().filter(o -> !handled.contains(o))
                .filter(o -> !start.minus(o).isAfter(now) && !start.minus(o).isBefore(timeSetAt)).sorted().toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Duration closest = due.getFirst();
        if (handled.stream().anyMatch(h -> h.compareTo(closest) < 0)) {
            return Optional.of(new ReminderPlan(null, due)); // a closer reminder was already handled
        }
        return Optional.of(new ReminderPlan(closest, due.subList(1, due.size())));
    }
}
