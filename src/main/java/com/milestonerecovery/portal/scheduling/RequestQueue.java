package com.milestonerecovery.portal.scheduling;

import java.time.Clock;
import java.util.List;

import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' requests to move or cancel appointments, oldest first: the coordinators' queue (a clinician sees their
 * caseload's). Moving the appointment ({@link ScheduleService#reschedule}) closes its request; a request can also be
 * closed with what was done (called the client, kept the time).
 */
@Service
public class RequestQueue {

    public static final int OUTCOME_MAX = 500;
    private static final FreeText OUTCOME = FreeText.lines(OUTCOME_MAX).atLeast(ScheduleService.REASON_MIN);

    private final ScheduleStore store;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    RequestQueue(ScheduleStore store, ClientAccess access, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<ScheduleRequest> open(int page, int size) {
        int limit = Math.min(Math.max(size, 1), 100);
        List<ScheduleRequest> rows = store.queue(caseload(), Math.max(page, 0) * limit, limit);
        if (!rows.isEmpty()) {
            audit.record(AuditAction.RECORD_VIEW, null, RecordSection.APPOINTMENTS.name(), "request queue; clients "
                    + String.join(",", rows.stream().map(r -> Long.toString(r.clientId())).distinct().toList()));
        }
        return rows;
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public long count() {
        return store.queueSize(caseload());
    }

    /** Closes a request with what was done. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public void close(long requestId, String outcome) {
        String text = OUTCOME.required(outcome, "schedule.error.reason", ScheduleService.REASON_MIN, OUTCOME_MAX);
        long[] request = store.openRequest(requestId).orElseThrow(() -> new RuleViolation("schedule.error.requestGone"));
        access.checkChange(request[0], RecordSection.APPOINTMENTS, "request " + requestId + " closed");
        if (store.closeRequest(requestId, currentUser.require().accountId(), clock.instant(), text) == 0) {
            throw new RuleViolation("schedule.error.requestGone");
        }
    }

    private Long caseload() {
        return currentUser.hasRole(Role.COORDINATOR) ? null : currentUser.require().accountId();
    }
}
