package com.milestonerecovery.portal.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.RuleViolation;

import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's appointments, "add to my calendar" files, and asking for another time or cancelling before
 * the cut-off; plus the care team's paged list of one client's appointments.
 */
@Service
public class ClientAppointmentService {

    public static final int NOTE_MAX = 500;
    private static final FreeText NOTE = FreeText.lines(NOTE_MAX);

    private final AppointmentRepository appointments;
    private final ScheduleStore store;
    private final ClientDirectory clients;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final SchedulingProperties properties;
    private final Clock clock;

    ClientAppointmentService(AppointmentRepository appointments, ScheduleStore store, ClientDirectory clients,
            ClientAccess access, CurrentUser currentUser, AuditTrail audit, SchedulingProperties properties,
            Clock clock) {
        this.appointments = appointments;
        this.store = store;
        this.clients = clients;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A client's appointments, newest first, for the care team (coordinators and the client's clinicians). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<ClientAppointment> appointmentsOf(long clientId, int page, int size) {
        access.checkRead(clientId, RecordSection.APPOINTMENTS);
        return views(appointments.findAllOfClient(clientId,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientAppointment> upcoming() {
        return views(appointments.findUpcoming(clients.currentClientId(), clock.instant(), PageRequest.of(0, 50)));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientAppointment> past(int page, int size) {
        return views(appointments.findPast(clients.currentClientId(), clock.instant(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Optional<ClientAppointment> next() {
        return views(appointments.findUpcoming(clients.currentClientId(), clock.instant(), PageRequest.of(0, 1)))
                .stream().findFirst();
    }

    /**
     * An iCalendar file for one of the client's own appointments. The title stays neutral ("Appointment"):
     * calendars are often shared or synced, so it names neither the clinic nor the kind of care.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public String calendarFile(long appointmentId, String title, String description) {
        Appointment a = appointments.findByIdAndClientId(appointmentId, clients.currentClientId())
                .orElseThrow(() -> new AccessDeniedException("not your appointment"));
        return CalendarFiles.event(a.getId(), a.getVersion(), a.getStartsAt(), a.getEndsAt(), title,
                a.getLocation() != null ? a.getLocation() : a.getTelehealthUrl(), description);
    }

    /** How long before an appointment the client may still change it online; after that they call the clinic. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public Duration changeCutoff() {
        return properties.changeCutoff();
    }

    /** Whether the client may still ask for another time or cancel online (before the cut-off). */
    @PreAuthorize(Roles.HAS_CLIENT)
    public boolean changeable(ClientAppointment a) {
        return a.status() == AppointmentStatus.SCHEDULED
                && clock.instant().isBefore(a.startsAt().minus(properties.changeCutoff()));
    }

    /** The signed-in client's appointments that have a request waiting for the care team. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Set<Long> pendingRequests() {
        return store.openRequestAppointments(clients.currentClientId());
    }

    /**
     * Asks the care team for another time. The appointment stays as it is until they move it; the note (optional,
     * the client's own words about what suits them) goes to the care team's queue only.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void requestChange(long appointmentId, String note) {
        long clientId = clients.currentClientId();
        Appointment a = ownChangeable(appointmentId, clientId);
        String text = NOTE.optional(note, "appointments.request.error.note", NOTE_MAX);
        try {
            store.openRequest(a.getId(), clientId, RequestKind.CHANGE, text, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("appointments.request.error.pending");
        }
        audit.record(AuditAction.RECORD_CHANGE, clientId, RecordSection.APPOINTMENTS.name(),
                "client asked to move appointment " + a.getId());
    }

    /**
     * Cancels one of the client's own appointments, before the cut-off. Its slot is free again and no reminder goes
     * out; the care team's queue gets an entry so someone offers a new time.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void cancel(long appointmentId) {
        long clientId = clients.currentClientId();
        Appointment a = ownChangeable(appointmentId, clientId);
        Instant now = clock.instant();
        long account = currentUser.require().accountId();
        a.changeStatus(AppointmentStatus.CANCELLED, account, now, "cancelled by the client online");
        appointments.flush();
        store.releaseSlots(a.getId());
        store.recordChange(a.getId(), account, "CANCELLED", a.getStartsAt(), null, "by the client online", now);
        store.refreshFollowUp(clientId);
        store.closeRequestsOf(a.getId(), account, now, "cancelled by the client");
        store.openRequest(a.getId(), clientId, RequestKind.CANCEL, null, now);
        audit.record(AuditAction.RECORD_CHANGE, clientId, RecordSection.APPOINTMENTS.name(),
                "client cancelled appointment " + a.getId());
    }

    private Appointment ownChangeable(long appointmentId, long clientId) {
        Appointment a = appointments.findForUpdate(appointmentId).filter(x -> x.getClientId() == clientId)
                .orElseThrow(() -> new AccessDeniedException("not your appointment"));
        if (a.getStatus() != AppointmentStatus.SCHEDULED) {
            throw new RuleViolation("appointments.request.error.notScheduled");
        }
        if (!clock.instant().isBefore(a.getStartsAt().minus(properties.changeCutoff()))) {
            throw new RuleViolation("appointments.request.error.cutoff");
        }
        return a;
    }

    private List<ClientAppointment> views(List<Appointment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : appointments.displayNames(list.stream().map(Appointment::getClinicianId).distinct()
                .toList())) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return list.stream().map(a -> a.toClientView(names.get(a.getClinicianId()))).toList();
    }
}
