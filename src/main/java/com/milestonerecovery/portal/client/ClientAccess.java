package com.milestonerecovery.portal.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload rule, in one place, for every staff service that reads or changes a client's record.
 * A clinician reaches the clinical record of their own clients, or of another client through break-glass (a
 * stated reason, recorded, for a limited time). A coordinator reaches contact details and appointments only.
 * Admins and clients never reach another person's record through here. Every read and change is audited.
 */
@Service
public class ClientAccess {

    private static final Logger log = LoggerFactory.getLogger(ClientAccess.class);
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 500;
    private static final FreeText REASON = FreeText.lines(REASON_MAX).atLeast(REASON_MIN);

    private final ClientRepository clients;
    private final ClientAccessGrantRepository grants;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration breakGlassDuration;

    ClientAccess(ClientRepository clients, ClientAccessGrantRepository grants, CurrentUser currentUser,
            AuditTrail audit, Clock clock,
            @Value("${portal.security.break-glass-duration:60m}") Duration breakGlassDuration) {
        this.clients = clients;
        this.grants = grants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.breakGlassDuration = breakGlassDuration;
    }

    /** What the signed-in staff member may open of this client's record (not audited: nothing is shown). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public RecordAccess accessTo(long clientId) {
        Client client = clients.findById(clientId).orElseThrow(ClientNotFoundException::new);
        return decide(client);
    }

    /**
     * Checks that the signed-in person may read this section of the record and audits the read. Called by
     * the services that return the section, inside their own authorization.
     *
     * @return what the reader may see of the rest of the record (for showing or hiding clinical figures)
     *
     * @throws BreakGlassRequiredException for a clinician outside the caseload without a grant
     * @throws AccessDeniedException for anyone else who may not read the section
     */
    public RecordAccess checkRead(long clientId, RecordSection section) {
        return check(clientId, section, AuditAction.RECORD_VIEW, null);
    }

    /** As {@link #checkRead}, for a change; the detail names what changed (never health information). */
    public RecordAccess checkChange(long clientId, RecordSection section, String detail) {
        return check(clientId, section, AuditAction.RECORD_CHANGE, detail);
    }

    private RecordAccess check(long clientId, RecordSection section, AuditAction action, String detail) {
        Client client = clients.findById(clientId).orElseThrow(ClientNotFoundException::new);
        RecordAccess access = currentUser.hasRole(Role.CLINICIAN) || currentUser.hasRole(Role.COORDINATOR)
                ? decide(client) : null;
        if (access == null || !access.allows(section)) {
            audit.record(AuditAction.ACCESS_DENIED, clientId, section.name(), action.name());
            log.info("Access to a client record section {} refused", section);
            if (access != null && access.kind() == RecordAccess.Kind.BREAK_GLASS_NEEDED) {
                throw new BreakGlassRequiredException();
            }
            throw new AccessDeniedException("no access to this section of the record");
        }
        audit.record(action, clientId, section.name(),
                access.kind() == RecordAccess.Kind.BREAK_GLASS ? join("break-glass", detail) : detail);
        return access;
    }

    /**
     * Break-glass: opens a record outside the clinician's caseload for a limited time, with a reason that the
     * audit review sees.
     *
     * @return when the access ends
     */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public Instant breakGlass(long clientId, String reason) {
        String stated = REASON.required(reason, "staff.breakGlass.error.reason", REASON_MIN);
        if (!clients.existsById(clientId)) {
            throw new ClientNotFoundException();
        }
        Instant now = clock.instant();
        Instant until = now.plus(breakGlassDuration);
        grants.save(new ClientAccessGrant(clientId, currentUser.require().accountId(), stated, now, until));
        audit.record(AuditAction.BREAK_GLASS, clientId, null, stated);
        log.info("Break-glass access granted to account {} for client {}", currentUser.require().accountId(),
                clientId);
        return until;
    }

    private RecordAccess decide(Client client) {
        if (currentUser.hasRole(Role.CLINICIAN)) {
            long me = currentUser.require().accountId();
            if (client.getPrimaryClinicianId() != null && client.getPrimaryClinicianId() == me) {
                return new RecordAccess(RecordAccess.Kind.CASELOAD, null);
            }
            return grants.activeUntil(me, client.getId(), clock.instant())
                    .map(until -> new RecordAccess(RecordAccess.Kind.BREAK_GLASS, until))
                    .orElseGet(() -> new RecordAccess(RecordAccess.Kind.BREAK_GLASS_NEEDED, null));
        }
        if (currentUser.hasRole(Role.COORDINATOR)) {
            return new RecordAccess(RecordAccess.Kind.CONTACT_ONLY, null);
        }
        throw new AccessDeniedException("not a member of the care team");
    }

    private static String join(String a, String b) {
        return b == null ? a : a + "; " + b;
    }
}
