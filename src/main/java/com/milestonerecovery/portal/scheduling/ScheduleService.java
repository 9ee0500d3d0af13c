package com.milestonerecovery.portal.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientNotFoundException;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;
import com.milestonerecovery.portal.scheduling.SlotPlanner.Interval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care team's scheduling: the clinic's and each clinician's schedule, free slots inside working hours, booking,
 * moving, cancelling, completing and marking no-shows, follow-up cadence and "schedule next", and working hours.
 *
 * <p>Every read or change of a client's appointments goes through {@link ClientAccess} (coordinators: everyone;
 * clinicians: their caseload, else break-glass) and is audited. Double bookings are refused twice: by an overlap
 * check that names the clashing appointment, and by the slot tables' primary keys, which decide between two
 * bookings made at the same moment (see docs/decisions/006-scheduling.md).
 */
@Service
public class ScheduleService {

    private static final Logger log = LoggerFactory.getLogger(ScheduleService.class);
    public static final Duration MIN_LENGTH = SlotPlanner.SLOT;
    public static final Duration MAX_LENGTH = Duration.ofHours(4);
    public static final int REASON_MIN = 3;
    public static final int REASON_MAX = 500;
    public static final int NOTES_MAX = 2000;
    public static final int LOCATION_MAX = 200;
    public static final int URL_MAX = 500;
    private static final int MAX_RANGE_DAYS = 8;
    private static final FreeText REASON = FreeText.lines(REASON_MAX).atLeast(REASON_MIN);
    /** An optional reason (completed, no-show): no minimum, as before. */
    private static final FreeText OPTIONAL_REASON = FreeText.lines(REASON_MAX);
    private static final FreeText NOTES = FreeText.lines(NOTES_MAX);
    private static final FreeText LOCATION = FreeText.line(LOCATION_MAX);
    private static final FreeText URL = FreeText.line(URL_MAX);

    private final AppointmentRepository appointments;
    private final ScheduleStore store;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final AccountService staff;
    private final AuditTrail audit;
    private final SchedulingProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    ScheduleService(AppointmentRepository appointments, ScheduleStore store, ClientAccess access,
            CurrentUser currentUser, AccountService staff, AuditTrail audit, SchedulingProperties properties,
            ClinicProperties clinic, Clock clock) {
        this.appointments = appointments;
        this.store = store;
        this.access = access;
        this.currentUser = currentUser;
        this.staff = staff;
        this.audit = audit;
        this.properties = properties;
        this.zone = clinic.timeZone();
        this.clock = clock;
    }

    /** Clinicians to schedule with, by name. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<StaffMember> clinicians() {
        return staff.careTeam().stream().filter(m -> m.hasRole(Role.CLINICIAN)).toList();
    }

    /**
     * The schedule from {@code from} (inclusive) for {@code days} days (1 to 7), clinic zone, for one clinician or
     * (null) the whole clinic. Cancelled appointments are left out. A clinician sees the client and kind of their
     * own appointments and their caseload's; others only as busy time. The read is audited with the clients shown.
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<ScheduleEntry> schedule(LocalDate from, int days, Long clinicianId) {
        if (from == null || days < 1 || days > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("a schedule covers 1 to 8 days");
        }
        Long mask = currentUser.hasRole(Role.COORDINATOR) ? null : currentUser.require().accountId();
        List<ScheduleEntry> entries = store.entries(from.atStartOfDay(zone).toInstant(),
                from.plusDays(days).atStartOfDay(zone).toInstant(), clinicianId, mask);
        String shown = entries.stream().filter(ScheduleEntry::detailsVisible).map(e -> e.clientId().toString())
                .distinct().collect(Collectors.joining(","));
        audit.record(AuditAction.RECORD_VIEW, null, RecordSection.APPOINTMENTS.name(),
                "schedule " + from + "+" + days + "d" + (shown.isEmpty() ? "" : "; clients " + shown));
        return entries;
    }

    /** The working hours that apply to a clinician: their own inside the clinic's, or the clinic's. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public WorkingHours hoursOf(long clinicianId) {
        return effectiveHours(clinicianId);
    }

    /** The clinician's own hours as stored (empty: they work the clinic's hours). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public Optional<WorkingHours> ownHoursOf(long clinicianId) {
        return store.clinicianHours(clinicianId);
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    public WorkingHours clinicHours() {
        return properties.clinic();
    }

    /** Sets a clinician's own hours (empty: back to the clinic's). Coordinators, or the clinician themself. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public void setHours(long clinicianId, WorkingHours hours) {
        boolean self = currentUser.require().accountId() == clinicianId;
        if (!currentUser.hasRole(Role.COORDINATOR) && !self) {
            throw new AccessDeniedException("only coordinators set another clinician's hours");
        }
        if (!store.isActiveClinician(clinicianId)) {
            throw new RuleViolation("schedule.error.clinicianRequired");
        }
        store.replaceHours(clinicianId, hours);
        audit.record(AuditAction.RECORD_CHANGE, null, "SCHEDULE", "working hours of account " + clinicianId);
    }

    /**
     * Start times on {@code day} at which the clinician (and the client, when given) is free for {@code length},
     * inside working hours and not in the past. {@code ignoreAppointmentId} is the appointment being moved.
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<Instant> freeSlots(long clinicianId, Long clientId, LocalDate day, Duration length,
            Long ignoreAppointmentId) {
        if (clientId != null) {
            // The answer leaves out the client's own appointments: only for those who may see them.
            access.checkRead(clientId, RecordSection.APPOINTMENTS);
        }
        validLength(length);
        return free(clinicianId, clientId, day, day, length, ignoreAppointmentId == null ? -1 : ignoreAppointmentId,
                clock.instant());
    }

    /**
     * The clinician's group sessions on {@code day} (clinic zone) that are still ahead, with how many are booked into
     * each and how many it takes. Names no client, so it is not a read of anyone's record.
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<GroupSession> groupSessions(long clinicianId, LocalDate day) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        return store.groupSessions(clinicianId, from.isBefore(now) ? now : from,
                day.plusDays(1).atStartOfDay(zone).toInstant(), properties.groupCapacity());
    }

    /** An appointment with what the care team may see of it. Audited as a read of the client's appointments. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public AppointmentDetail detail(long appointmentId) {
        Appointment a = appointments.findById(appointmentId).orElseThrow(AppointmentNotFoundException::new);
        access.checkRead(a.getClientId(), RecordSection.APPOINTMENTS);
        return toDetail(a);
    }

    /** Books an appointment. @throws SlotClash when the clinician or the client is busy then */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AppointmentDetail book(BookingCommand command) {
        if (command == null || command.clientId() == null) {
            throw new RuleViolation("schedule.error.clientRequired");
        }
        // Access before validation: someone outside the caseload learns nothing from the validation messages.
        access.checkChange(command.clientId(), RecordSection.APPOINTMENTS, "appointment booked");
        if (command.clinicianId() == null || !store.isActiveClinician(command.clinicianId())) {
            throw new RuleViolation("schedule.error.clinicianRequired");
        }
        if (command.type() == null) {
            throw new RuleViolation("schedule.error.typeRequired");
        }
        Instant now = clock.instant();
        Instant start = validStart(command.startsAt(), now);
        Instant end = start.plus(validLength(command.length()));
        requireHours(command.clinicianId(), start, end);
        String location = FreeText.stripToNull(command.location());
        String url = FreeText.stripToNull(command.telehealthUrl());
        validPlace(location, url);
        String notes = NOTES.optional(command.staffNotes(), "schedule.error.notes", NOTES_MAX);
        boolean group = command.type() == AppointmentType.GROUP;
        refuseOverlap(command.clinicianId(), command.clientId(), start, end, -1, group);
        Optional<Appointment> session = group ? joinableSession(command.clinicianId(), start, end) : Optional.empty();
        if (session.isPresent()) {
            // One place per session: a member joins where the group meets.
            location = session.get().getLocation();
            url = session.get().getTelehealthUrl();
        }
        long me = currentUser.require().accountId();
        Appointment a = appointments.saveAndFlush(new Appointment(command.clientId(), command.clinicianId(),
                command.type(), start, end, location, url, notes, me, now));
        hold(a, start, end, session.isPresent());
        store.recordChange(a.getId(), me, "BOOKED", null, start, null, now);
        store.refreshFollowUp(a.getClientId());
        log.info("Appointment {} booked", a.getId());
        return toDetail(a);
    }

    /**
     * Moves an appointment to another time (and clinician). Closes the client's open request for it, and because
     * reminders are keyed by start time, reminders follow the new time and none go out for the old one.
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AppointmentDetail reschedule(long appointmentId, long clinicianId, Instant startsAt, Duration length,
            String reason) {
        Appointment a = appointments.findForUpdate(appointmentId).orElseThrow(AppointmentNotFoundException::new);
        access.checkChange(a.getClientId(), RecordSection.APPOINTMENTS, "appointment " + appointmentId + " moved");
        requireScheduled(a);
        String why = validReason(reason);
        if (!store.isActiveClinician(clinicianId)) {
            throw new RuleViolation("schedule.error.clinicianRequired");
        }
        Instant now = clock.instant();
        Instant start = validStart(startsAt, now);
        Instant end = start.plus(validLength(length));
        requireHours(clinicianId, start, end);
        boolean group = a.getType() == AppointmentType.GROUP;
        refuseOverlap(clinicianId, a.getClientId(), start, end, a.getId(), group);
        Instant old = a.getStartsAt();
        lockOwnSession(a);
        store.releaseSlots(a.getId());
        Optional<Appointment> session = group ? joinableSession(clinicianId, start, end) : Optional.empty();
        a.moveTo(clinicianId, start, end, now);
        appointments.flush();
        hold(a, start, end, session.isPresent());
        long me = currentUser.require().accountId();
        store.recordChange(a.getId(), me, "MOVED", old, start, why, now);
        store.refreshFollowUp(a.getClientId());
        store.closeRequestsOf(a.getId(), me, now, "moved");
        log.info("Appointment {} moved", a.getId());
        return toDetail(a);
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AppointmentDetail cancel(long appointmentId, String reason) {
        return changeStatus(appointmentId, AppointmentStatus.CANCELLED, validReason(reason));
    }

    /** Marks an appointment that has started as attended; the note is optional. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AppointmentDetail complete(long appointmentId, String note) {
        return changeStatus(appointmentId, AppointmentStatus.COMPLETED, optionalReason(note));
    }

    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public AppointmentDetail noShow(long appointmentId, String note) {
        return changeStatus(appointmentId, AppointmentStatus.NO_SHOW, optionalReason(note));
    }

    /**
     * "Schedule next": the client's follow-up is due their cadence after the last completed visit (or enrolment);
     * the proposal is the first free slot of their primary clinician from then (or from now, when overdue).
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public NextFollowUp proposeNext(long clientId, Duration length) {
        access.checkRead(clientId, RecordSection.APPOINTMENTS);
        validLength(length);
        ScheduleStore.CadenceFacts facts = store.cadence(clientId).orElseThrow(ClientNotFoundException::new);
        if (facts.primaryClinicianId() == null) {
            throw new RuleViolation("schedule.error.noPrimaryClinician");
        }
        Instant now = clock.instant();
        Instant due = FollowUpCadence.dueAt(facts.lastCompletedVisit(), facts.enrolledAt(), facts.followUpDays());
        Instant from = FollowUpCadence.searchFrom(due, now);
        LocalDate first = LocalDate.ofInstant(from, zone);
        List<Instant> free = free(facts.primaryClinicianId(), clientId, first,
                first.plusDays(properties.searchDays()), length, -1, from);
        String name = store.names(List.of(facts.primaryClinicianId())).get(facts.primaryClinicianId());
        Instant start = free.isEmpty() ? null : free.getFirst();
        return new NextFollowUp(clientId, facts.primaryClinicianId(), name, facts.followUpDays(), due, start,
                start == null ? null : start.plus(length));
    }

    /** The client's follow-up interval in days (their cadence). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public void setFollowUpDays(long clientId, int days) {
        access.checkChange(clientId, RecordSection.APPOINTMENTS, "follow-up interval");
        if (days < FollowUpCadence.MIN_DAYS || days > FollowUpCadence.MAX_DAYS) {
            throw new RuleViolation("schedule.error.cadence", FollowUpCadence.MIN_DAYS, FollowUpCadence.MAX_DAYS);
        }
        store.setFollowUpDays(clientId, days);
        store.refreshFollowUp(clientId);
    }

    // ---- internals ----

    private AppointmentDetail changeStatus(long appointmentId, AppointmentStatus status, String reason) {
        Appointment a = appointments.findForUpdate(appointmentId).orElseThrow(AppointmentNotFoundException::new);
        access.checkChange(a.getClientId(), RecordSection.APPOINTMENTS,
                "appointment " + appointmentId + " " + status.name().toLowerCase(java.util.Locale.ROOT));
        requireScheduled(a);
        Instant now = clock.instant();
        if (status != AppointmentStatus.CANCELLED && now.isBefore(a.getStartsAt())) {
            throw new RuleViolation("schedule.error.notYet");
        }
        long me = currentUser.require().accountId();
        lockOwnSession(a);
        a.changeStatus(status, me, now, reason);
        appointments.flush();
        store.releaseSlots(a.getId());
        store.recordChange(a.getId(), me, status.name(), a.getStartsAt(), null, reason, now);
        store.refreshFollowUp(a.getClientId());
        store.closeRequestsOf(a.getId(), me, now, status.name().toLowerCase(java.util.Locale.ROOT));
        log.info("Appointment {} now {}", a.getId(), status);
        return toDetail(a);
    }

    /**
     * The clinician's group session at exactly this time, locked, when there is one; refused when it is full. The
     * count runs after the lock, so two clients taking the last place at the same moment cannot both get it.
     */
    private Optional<Appointment> joinableSession(long clinicianId, Instant start, Instant end) {
        Optional<Long> holder = store.lockGroupSession(clinicianId, start, end);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        if (store.groupMembers(clinicianId, start, end) >= properties.groupCapacity()) {
            throw new RuleViolation("schedule.error.groupFull", properties.groupCapacity());
        }
        return appointments.findById(holder.get());
    }

    /** Before a group member leaves its session: the session's lock, so the clinician's slots pass on safely. */
    private void lockOwnSession(Appointment a) {
        if (a.getType() == AppointmentType.GROUP) {
            store.lockGroupSession(a.getClinicianId(), a.getStartsAt(), a.getEndsAt());
        }
    }

    private void hold(Appointment a, Instant start, Instant end, boolean joiningGroup) {
        try {
            if (joiningGroup) {
                store.holdClientSlots(a.getId(), a.getClientId(), start, end);
            } else {
                store.holdSlots(a.getId(), a.getClinicianId(), a.getClientId(), start, end);
            }
        } catch (DuplicateKeyException e) {
            // Someone booked one of these slots after our overlap check: their booking stands, ours is refused.
            ScheduleStore.Clash clash = store.heldBy(a.getClinicianId(), a.getClientId(), start, end)
                    .orElse(new ScheduleStore.Clash(SlotClash.Who.CLINICIAN, start, end));
            throw new SlotClash(clash.who(), clash.start(), clash.end());
        } catch (PessimisticLockingFailureException e) {
            throw new RuleViolation("schedule.error.tryAgain");
        }
    }

    private void refuseOverlap(long clinicianId, long clientId, Instant start, Instant end, long selfId,
            boolean group) {
        store.overlap(clinicianId, clientId, start, end, selfId, group).ifPresent(c -> {
            throw new SlotClash(c.who(), c.start(), c.end());
        });
    }

    private List<Instant> free(long clinicianId, Long clientId, LocalDate from, LocalDate to, Duration length,
            long ignoreId, Instant notBefore) {
        List<Interval> busy = store.busy(clinicianId, clientId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), ignoreId);
        return SlotPlanner.freeStarts(from, to, zone, effectiveHours(clinicianId), length, busy,
                SlotPlanner.ceilToGrid(notBefore));
    }

    private WorkingHours effectiveHours(long clinicianId) {
        WorkingHours clinic = properties.clinic();
        return store.clinicianHours(clinicianId).map(own -> own.within(clinic)).orElse(clinic);
    }

    private void requireHours(long clinicianId, Instant start, Instant end) {
        if (!SlotPlanner.fits(start, end, zone, effectiveHours(clinicianId))) {
            throw new RuleViolation("schedule.error.outsideHours");
        }
    }

    private Instant validStart(Instant start, Instant now) {
        if (start == null) {
            throw new RuleViolation("schedule.error.startRequired");
        }
        if (!SlotPlanner.onGrid(start)) {
            throw new RuleViolation("schedule.error.grid");
        }
        if (!start.isAfter(now)) {
            throw new RuleViolation("schedule.error.past");
        }
        return start;
    }

    private static Duration validLength(Duration length) {
        if (length == null || length.compareTo(MIN_LENGTH) < 0 || length.compareTo(MAX_LENGTH) > 0
                || length.toSeconds() % SlotPlanner.SLOT.toSeconds() != 0) {
            throw new RuleViolation("schedule.error.length");
        }
        return length;
    }

    private static void validPlace(String location, String url) {
        if ((location == null) == (url == null)) {
            throw new RuleViolation("schedule.error.place");
        }
        if (location != null) {
            LOCATION.required(location, "schedule.error.location", LOCATION_MAX);
        }
        if (url != null && (url.length() > URL_MAX || !url.matches("https://[^\\s<>\"]+")
                || !URL.allowedCharacters(url))) {
            throw new RuleViolation("schedule.error.url");
        }
    }

    private static String validReason(String reason) {
        return REASON.required(reason, "schedule.error.reason", REASON_MIN, REASON_MAX);
    }

    private static String optionalReason(String note) {
        return OPTIONAL_REASON.optional(note, "schedule.error.reason", REASON_MIN, REASON_MAX);
    }

    private static void requireScheduled(Appointment a) {
        if (a.getStatus() != AppointmentStatus.SCHEDULED) {
            throw new RuleViolation("schedule.error.notScheduled");
        }
    }

    private AppointmentDetail toDetail(Appointment a) {
        String[] label = store.clientLabel(a.getClientId()).orElse(new String[] {null, null});
        String clinician = store.names(List.of(a.getClinicianId())).get(a.getClinicianId());
        boolean open = store.openRequestAppointments(a.getClientId()).contains(a.getId());
        return new AppointmentDetail(a.getId(), a.getClientId(), label[0], label[1], a.getClinicianId(), clinician,
                a.getType(), a.getStartsAt(), a.getEndsAt(), a.getStatus(), a.getLocation(), a.getTelehealthUrl(),
                a.getStaffNotes(), a.getStatusReason(), open);
    }
}
