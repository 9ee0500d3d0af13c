package com.milestonerecovery.portal.scheduling;

import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.at;
import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.BreakGlassRequiredException;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import com.milestonerecovery.portal.staff.DashboardPanels;
import com.milestonerecovery.portal.staff.StaffDashboard;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduling services on MariaDB: conflicts refused by the service and by the slot tables (including two
 * bookings at the same moment), working hours, moves and status changes with who/when/why, the caseload rule,
 * cadence and "schedule next", and client requests. Demo client01 and synthetic clients only.
 */
@IntegrationTest
class ScheduleServiceIT {

    static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Autowired
    ScheduleService schedule;
    @Autowired
    ClientAppointmentService clientAppointments;
    @Autowired
    StaffDashboard dashboard;
    @Autowired
    RequestQueue queue;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MessageSource messages;
    @Autowired
    PlatformTransactionManager transactions;

    long clinician;
    long clinician2;
    long client01;

    @BeforeEach
    void ids() {
        clinician = SchedulingFixtures.accountId(jdbc, "clinician");
        clinician2 = SchedulingFixtures.accountId(jdbc, "clinician2");
        client01 = SchedulingFixtures.clientId(jdbc, "client01");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private BookingCommand command(long clientId, long clinicianId, Instant start) {
        return new BookingCommand(clientId, clinicianId, AppointmentType.FOLLOW_UP, start, HALF_HOUR, "Suite C-106",
                null, null);
    }

    private AppointmentDetail book(BookingCommand command) {
        return SignedIn.as(users, "coordinator", () -> schedule.book(command));
    }

    @Test
    void aClinicianOrClientAlreadyBookedIsRefusedWithTheClashingSlot() {
        LocalDate day = monday(30);
        long other = SchedulingFixtures.newClient(jdbc, "clash", clinician);
        AppointmentDetail first = book(command(client01, clinician, at(day, "10:00")));
        assertThat(first.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(first.clinicianName()).isEqualTo("Dr. Dana Whitfield");

        assertThatThrownBy(() -> book(command(other, clinician, at(day, "10:15"))))
                .isInstanceOfSatisfying(SlotClash.class, e -> {
                    assertThat(e.who()).isEqualTo(SlotClash.Who.CLINICIAN);
                    assertThat(e.clashStart()).isEqualTo(at(day, "10:00"));
                    assertThat(e.clashEnd()).isEqualTo(at(day, "10:30"));
                    assertThat(messages.getMessage(e.messageKey(), new Object[] {"10:00 AM", "10:30 AM"},
                            Locale.ENGLISH)).contains("from 10:00 AM to 10:30 AM");
                });
        assertThatThrownBy(() -> book(command(client01, clinician2, at(day, "09:45"))))
                .isInstanceOfSatisfying(SlotClash.class, e -> {
                    assertThat(e.who()).isEqualTo(SlotClash.Who.CLIENT);
                    assertThat(e.clashStart()).isEqualTo(at(day, "10:00"));
                });
        // back to back is fine
        assertThat(book(command(other, clinician, at(day, "10:30"))).startsAt()).isEqualTo(at(day, "10:30"));
    }

    @Test
    void theDatabaseItselfRefusesASecondHolderOfASlot() {
        LocalDate day = monday(31);
        AppointmentDetail a = book(command(client01, clinician, at(day, "11:00")));
        assertThat(jdbc.queryForObject("select count(*) from clinician_slot where appointment_id = ?", Integer.class,
                a.id())).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update(
                "insert into clinician_slot (clinician_id, slot_start, appointment_id) values (?, ?, ?)", clinician,
                java.sql.Timestamp.from(at(day, "11:15")), a.id())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void twoCoordinatorsBookingTheSameSlotAtOnceExactlyOneWins() throws Exception {
        LocalDate day = monday(32);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Instant start = at(day, "08:00").plus(Duration.ofHours(round * 2L));
                long a = SchedulingFixtures.newClient(jdbc, "race-a", clinician);
                long b = SchedulingFixtures.newClient(jdbc, "race-b", clinician);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Object>> results = List.of(a, b).stream().map(c -> pool.submit(() -> {
                    go.await();
                    try {
                        return (Object) book(command(c, clinician, start));
                    } catch (RuleViolation e) {
                        return e;
                    }
                })).toList();
                go.countDown();
                List<Object> outcomes = List.of(results.get(0).get(30, TimeUnit.SECONDS),
                        results.get(1).get(30, TimeUnit.SECONDS));
                assertThat(outcomes).filteredOn(o -> o instanceof AppointmentDetail).hasSize(1);
                assertThat(outcomes).filteredOn(o -> o instanceof SlotClash).singleElement()
                        .satisfies(o -> assertThat(((SlotClash) o).clashStart()).isEqualTo(start));
                assertThat(jdbc.queryForObject("select count(*) from appointment where clinician_id = ? and starts_at = ?"
                        + " and status = 'SCHEDULED'", Integer.class, clinician, java.sql.Timestamp.from(start)))
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private BookingCommand group(long clientId, Instant start, String location) {
        return new BookingCommand(clientId, clinician, AppointmentType.GROUP, start, Duration.ofMinutes(90), location,
                null, null);
    }

    private int clinicianSlotsOf(long appointmentId) {
        return jdbc.queryForObject("select count(*) from clinician_slot where appointment_id = ?", Integer.class,
                appointmentId);
    }

    /**
     * A group session is the clinician's GROUP appointments at one time, one per client: the first holds the
     * clinician's slots, the others join it (taking the session's place) up to the capacity (4 in the test profile),
     * and when the holder leaves the next member takes the clinician's slots over; only the last one's leaving frees
     * the clinician.
     */
    @Test
    void clientsJoinAGroupSessionUpToItsCapacityAndItLastsUntilTheLastMemberLeaves() {
        LocalDate day = monday(44);
        Instant start = at(day, "13:00");
        List<Long> members = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> SchedulingFixtures.newClient(jdbc, "group" + i, clinician)).toList();
        AppointmentDetail first = book(group(members.get(0), start, "Group room, Suite C-110"));
        AppointmentDetail second = book(group(members.get(1), start, "somewhere else"));
        assertThat(second.location()).as("a member joins where the group meets").isEqualTo("Group room, Suite C-110");
        assertThat(clinicianSlotsOf(first.id())).isEqualTo(6);
        assertThat(clinicianSlotsOf(second.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from client_slot where appointment_id = ?", Integer.class,
                second.id())).isEqualTo(6);
        book(group(members.get(2), start, "Group room, Suite C-110"));
        book(group(members.get(3), start, "Group room, Suite C-110"));

        assertThat(SignedIn.as(users, "clinician", () -> schedule.groupSessions(clinician, day)))
                .singleElement().satisfies(g -> {
                    assertThat(g.startsAt()).isEqualTo(start);
                    assertThat(g.members()).isEqualTo(4);
                    assertThat(g.hasRoom()).isFalse();
                });
        assertThatThrownBy(() -> book(group(members.get(4), start, "Group room, Suite C-110")))
                .hasMessage("schedule.error.groupFull");
        assertThatThrownBy(() -> book(group(members.get(1), start, "Group room, Suite C-110")))
                .as("a member cannot be booked twice").isInstanceOfSatisfying(SlotClash.class,
                        e -> assertThat(e.who()).isEqualTo(SlotClash.Who.CLIENT));
        // Neither an individual appointment nor a session at another, overlapping time fits in with it.
        assertThatThrownBy(() -> book(command(members.get(4), clinician, at(day, "14:00"))))
                .isInstanceOfSatisfying(SlotClash.class, e -> assertThat(e.who()).isEqualTo(SlotClash.Who.CLINICIAN));
        assertThatThrownBy(() -> book(group(members.get(4), at(day, "13:30"), "Group room")))
                .isInstanceOf(SlotClash.class);

        // The holder cancels: the clinician's slots pass on, the session goes on and has room again.
        SignedIn.as(users, "coordinator", () -> schedule.cancel(first.id(), "Moved to the evening group"));
        assertThat(clinicianSlotsOf(first.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from clinician_slot where clinician_id = ? and slot_start = ?",
                Integer.class, clinician, java.sql.Timestamp.from(start))).isEqualTo(1);
        AppointmentDetail late = book(group(members.get(4), start, "Group room, Suite C-110"));
        assertThat(late.location()).isEqualTo("Group room, Suite C-110");
        assertThatThrownBy(() -> book(command(members.get(0), clinician, at(day, "13:30"))))
                .as("the clinician is still busy").isInstanceOf(SlotClash.class);

        // A member moved to another time leaves; the others stay.
        AppointmentDetail moved = SignedIn.as(users, "coordinator",
                () -> schedule.reschedule(second.id(), clinician, at(day, "15:00"), Duration.ofMinutes(90),
                        "Client asked for the later time"));
        assertThat(moved.startsAt()).isEqualTo(at(day, "15:00"));
        assertThat(SignedIn.as(users, "clinician", () -> schedule.groupSessions(clinician, day)))
                .extracting(GroupSession::members).containsExactly(3, 1);

        // Everyone else leaves: the clinician is free at 13:00 again.
        List<Long> left = jdbc.queryForList("select id from appointment where clinician_id = ? and starts_at = ?"
                + " and status = 'SCHEDULED'", Long.class, clinician, java.sql.Timestamp.from(start));
        assertThat(left).hasSize(3);
        left.forEach(id -> SignedIn.as(users, "coordinator", () -> schedule.cancel(id, "Group cancelled")));
        assertThat(jdbc.queryForObject("select count(*) from clinician_slot where clinician_id = ? and slot_start = ?",
                Integer.class, clinician, java.sql.Timestamp.from(start))).isZero();
        assertThat(book(command(members.get(0), clinician, start)).type()).isEqualTo(AppointmentType.FOLLOW_UP);
    }

    @Test
    void twoClientsTakingTheLastPlaceOfAGroupAtOnceExactlyOneGetsIt() throws Exception {
        LocalDate day = monday(45);
        Instant start = at(day, "10:00");
        for (int i = 0; i < 3; i++) {
            book(group(SchedulingFixtures.newClient(jdbc, "full" + i, clinician), start, "Group room"));
        }
        long a = SchedulingFixtures.newClient(jdbc, "last-a", clinician);
        long b = SchedulingFixtures.newClient(jdbc, "last-b", clinician);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> results = List.of(a, b).stream().map(c -> pool.submit(() -> {
                go.await();
                try {
                    return (Object) book(group(c, start, "Group room"));
                } catch (RuntimeException e) {
                    return e;
                }
            })).toList();
            go.countDown();
            List<Object> outcomes = List.of(results.get(0).get(30, TimeUnit.SECONDS),
                    results.get(1).get(30, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(o -> o instanceof AppointmentDetail).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).singleElement()
                    .satisfies(o -> assertThat(((RuleViolation) o).getMessage()).isEqualTo("schedule.error.groupFull"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from appointment where clinician_id = ? and starts_at = ?"
                + " and status = 'SCHEDULED'", Integer.class, clinician, java.sql.Timestamp.from(start))).isEqualTo(4);
    }

    /**
     * The database guard on its own: the first booking holds the slot in an open transaction, so the second's
     * overlap check cannot see it; the second blocks on the slot key, and is refused (naming the slot) when the first
     * commits.
     */
    @Test
    void aBookingThatPassedTheOverlapCheckIsStillRefusedByTheSlotKey() throws Exception {
        LocalDate day = monday(33);
        Instant start = at(day, "14:00");
        long a = SchedulingFixtures.newClient(jdbc, "lock-a", clinician);
        long b = SchedulingFixtures.newClient(jdbc, "lock-b", clinician);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<AppointmentDetail> first = pool.submit(() -> SignedIn.as(users, "coordinator",
                    () -> new TransactionTemplate(transactions).execute(s -> {
                        AppointmentDetail d = schedule.book(command(a, clinician, start));
                        held.countDown();
                        try {
                            release.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return d;
                    })));
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
            Future<Object> second = pool.submit(() -> {
                try {
                    return (Object) book(command(b, clinician, start.plus(Duration.ofMinutes(15))));
                } catch (RuleViolation e) {
                    return e;
                }
            });
            Thread.sleep(1500); // the second booking is now waiting on the slot key
            assertThat(second.isDone()).isFalse();
            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).startsAt()).isEqualTo(start);
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(SlotClash.class, e -> {
                assertThat(e.who()).isEqualTo(SlotClash.Who.CLINICIAN);
                assertThat(e.clashStart()).isEqualTo(start);
                assertThat(e.clashEnd()).isEqualTo(start.plus(HALF_HOUR));
            });
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void slotsOutsideWorkingHoursAreNeitherOfferedNorBooked() {
        LocalDate day = monday(34);
        assertThatThrownBy(() -> book(command(client01, clinician, at(day.plusDays(5), "10:00"))))
                .as("Saturday").isInstanceOf(RuleViolation.class).hasMessage("schedule.error.outsideHours");
        assertThatThrownBy(() -> book(command(client01, clinician, at(day, "07:45"))))
                .hasMessage("schedule.error.outsideHours");
        assertThatThrownBy(() -> book(command(client01, clinician, at(day, "16:45"))))
                .as("runs past closing").hasMessage("schedule.error.outsideHours");
        // clinician2 works Friday mornings only (demo hours)
        assertThatThrownBy(() -> book(command(client01, clinician2, at(day.plusDays(4), "13:00"))))
                .hasMessage("schedule.error.outsideHours");
        List<Instant> friday = SignedIn.as(users, "coordinator",
                () -> schedule.freeSlots(clinician2, null, day.plusDays(4), HALF_HOUR, null));
        assertThat(friday).isNotEmpty().allSatisfy(i -> assertThat(i).isBefore(at(day.plusDays(4), "12:00")));
        assertThat(SignedIn.as(users, "coordinator",
                () -> schedule.freeSlots(clinician, null, day.plusDays(5), HALF_HOUR, null))).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageKeyAndChangesNothing() {
        LocalDate day = monday(35);
        int before = jdbc.queryForObject("select count(*) from appointment", Integer.class);
        assertThatThrownBy(() -> book(command(client01, clinician, at(day, "10:10")))).hasMessage("schedule.error.grid");
        assertThatThrownBy(() -> book(command(client01, clinician, Instant.now().minus(Duration.ofDays(1)))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> book(new BookingCommand(client01, clinician, AppointmentType.FOLLOW_UP,
                at(day, "10:00"), HALF_HOUR, null, null, null))).hasMessage("schedule.error.place");
        assertThatThrownBy(() -> book(new BookingCommand(client01, clinician, AppointmentType.FOLLOW_UP,
                at(day, "10:00"), HALF_HOUR, null, "javascript:alert(1)", null))).hasMessage("schedule.error.url");
        assertThatThrownBy(() -> book(new BookingCommand(client01, clinician, AppointmentType.FOLLOW_UP,
                at(day, "10:00"), Duration.ofMinutes(20), "Suite C-106", null, null))).hasMessage("schedule.error.length");
        assertThatThrownBy(() -> book(command(client01, SchedulingFixtures.accountId(jdbc, "coordinator"),
                at(day, "10:00")))).hasMessage("schedule.error.clinicianRequired");
        assertThat(jdbc.queryForObject("select count(*) from appointment", Integer.class)).isEqualTo(before);
    }

    @Test
    void movingCancellingCompletingAndNoShowsRecordWhoWhenAndWhy() {
        LocalDate day = monday(36);
        long other = SchedulingFixtures.newClient(jdbc, "move", clinician);
        AppointmentDetail a = book(command(client01, clinician, at(day, "09:00")));
        assertThatThrownBy(() -> SignedIn.as(users, "coordinator",
                () -> schedule.reschedule(a.id(), clinician, at(day, "11:00"), HALF_HOUR, ""))).hasMessage(
                "schedule.error.reason");
        AppointmentDetail moved = SignedIn.as(users, "coordinator",
                () -> schedule.reschedule(a.id(), clinician, at(day, "11:00"), HALF_HOUR, "Client asked"));
        assertThat(moved.startsAt()).isEqualTo(at(day, "11:00"));
        // the old time is free again, the new one is taken
        assertThat(book(command(other, clinician, at(day, "09:00"))).status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThatThrownBy(() -> book(command(other, clinician, at(day, "11:00")))).isInstanceOf(SlotClash.class);

        AppointmentDetail cancelled = SignedIn.as(users, "coordinator",
                () -> schedule.cancel(a.id(), "Clinician unwell"));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.statusReason()).isEqualTo("Clinician unwell");
        assertThat(jdbc.queryForObject("select count(*) from clinician_slot where appointment_id = ?", Integer.class,
                a.id())).isZero();
        assertThat(jdbc.queryForObject("select status_changed_by from appointment where id = ?", Long.class, a.id()))
                .isEqualTo(SchedulingFixtures.accountId(jdbc, "coordinator"));
        assertThat(jdbc.queryForList("select kind from appointment_change where appointment_id = ? order by id",
                String.class, a.id())).containsExactly("BOOKED", "MOVED", "CANCELLED");
        assertThatThrownBy(() -> SignedIn.as(users, "coordinator", () -> schedule.cancel(a.id(), "again")))
                .hasMessage("schedule.error.notScheduled");

        AppointmentDetail later = book(command(other, clinician, at(day, "15:00")));
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> schedule.complete(later.id(), null)))
                .as("not started yet").hasMessage("schedule.error.notYet");
        clock.setInstant(at(day, "15:40"));
        assertThat(SignedIn.as(users, "clinician", () -> schedule.complete(later.id(), "Seen")).status())
                .isEqualTo(AppointmentStatus.COMPLETED);
        AppointmentDetail missed = SignedIn.as(users, "coordinator", () -> {
            clock.setInstant(at(day, "08:00"));
            AppointmentDetail d = schedule.book(command(other, clinician, at(day, "16:00")));
            clock.setInstant(at(day, "16:20"));
            return schedule.noShow(d.id(), null);
        });
        assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    /**
     * The dashboard's overdue panel reads each client's follow-up figures (due moment, booked until); every
     * change that moves them rewrites them in the same transaction: cadence, booking, cancelling, completing.
     */
    @Test
    void theOverduePanelFollowsTheCadenceBookingsAndStatusChanges() {
        long c = SchedulingFixtures.newClient(jdbc, "overdue", clinician);
        jdbc.update("update client set created_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(30))), c);
        SignedIn.run(users, "coordinator", () -> schedule.setFollowUpDays(c, 14));
        assertThat(overdue(c)).as("enrolled 30 days ago, cadence 14 days, nothing booked").hasValue(16);

        LocalDate day = monday(50);
        AppointmentDetail booked = book(command(c, clinician, at(day, "10:00")));
        assertThat(overdue(c)).as("booked ahead").isEmpty();
        SignedIn.run(users, "coordinator", () -> schedule.cancel(booked.id(), "Client unwell"));
        assertThat(overdue(c)).as("cancelled: nothing booked again").hasValue(16);

        AppointmentDetail visit = book(command(c, clinician, at(day, "11:00")));
        clock.setInstant(at(day, "11:40"));
        SignedIn.run(users, "clinician", () -> schedule.complete(visit.id(), "Seen"));
        assertThat(overdue(c)).as("seen just now: due in 14 days").isEmpty();
        clock.setInstant(at(day.plusDays(20), "12:00"));
        assertThat(overdue(c)).as("20 days after the visit").hasValue(6);
        SignedIn.run(users, "coordinator", () -> schedule.setFollowUpDays(c, 30));
        assertThat(overdue(c)).as("cadence of 30 days").isEmpty();
    }

    /**
     * Days overdue of the client by its follow-up figures, empty when not overdue; first checks those figures
     * against the rule computed from the appointments themselves, and that the clinic's overdue panel counts by them.
     */
    private java.util.Optional<Integer> overdue(long clientId) {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        var figures = jdbc.queryForMap("""
                select c.follow_up_due_at as stored_due, c.booked_until as stored_booked,
                       date_add(coalesce((select max(v.starts_at) from appointment v
                           where v.client_id = c.id and v.status = 'COMPLETED'), c.created_at),
                           interval c.follow_up_days day) as rule_due,
                       (select max(n.starts_at) from appointment n
                           where n.client_id = c.id and n.status = 'SCHEDULED') as rule_booked
                from client c where c.id = ?""", clientId);
        assertThat(figures.get("stored_due")).as("due moment").isEqualTo(figures.get("rule_due"));
        assertThat(figures.get("stored_booked")).as("booked until").isEqualTo(figures.get("rule_booked"));
        long panel = SignedIn.as(users, "coordinator", () -> dashboard.panels(DashboardPanels.Scope.CLINIC))
                .overdueFollowUps().count();
        assertThat(panel).isEqualTo(jdbc.queryForObject("""
                select count(*) from client where follow_up_due_at < ?
                  and (booked_until is null or booked_until < ?)""", Long.class, now, now));
        return java.util.Optional.ofNullable(jdbc.queryForObject("""
                select case when follow_up_due_at < ? and (booked_until is null or booked_until < ?)
                    then datediff(?, follow_up_due_at) end from client where id = ?""", Integer.class,
                now, now, now, clientId));
    }

    @Test
    void theCaseloadRuleAppliesToEveryChange() {
        LocalDate day = monday(37);
        // client01 is clinician's; clinician2 needs break-glass, admins and clients are refused
        assertThatThrownBy(() -> SignedIn.as(users, "clinician2",
                () -> schedule.book(command(client01, clinician2, at(day, "10:00")))))
                .isInstanceOf(BreakGlassRequiredException.class);
        for (String user : List.of("admin", "client01")) {
            assertThatThrownBy(() -> SignedIn.as(users, user,
                    () -> schedule.book(command(client01, clinician, at(day, "10:00"))))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        AppointmentDetail own = SignedIn.as(users, "clinician",
                () -> schedule.book(command(client01, clinician, at(day, "10:00"))));
        assertThatThrownBy(() -> SignedIn.as(users, "clinician2", () -> schedule.cancel(own.id(), "Not mine")))
                .isInstanceOf(BreakGlassRequiredException.class);
        // in the schedule, clinician2 sees the time as busy, without client or kind
        List<ScheduleEntry> seen = SignedIn.as(users, "clinician2", () -> schedule.schedule(day, 1, clinician));
        assertThat(seen).filteredOn(e -> e.appointmentId() == own.id()).singleElement().satisfies(e -> {
            assertThat(e.detailsVisible()).isFalse();
            assertThat(e.clientName()).isNull();
            assertThat(e.type()).isNull();
        });
        List<ScheduleEntry> coordinator = SignedIn.as(users, "coordinator", () -> schedule.schedule(day, 1, null));
        assertThat(coordinator).filteredOn(e -> e.appointmentId() == own.id()).singleElement()
                .satisfies(e -> assertThat(e.clientId()).isEqualTo(client01));
    }

    @Test
    void scheduleNextProposesTheFirstFreeSlotOfThePrimaryClinicianAfterTheCadence() {
        LocalDate day = monday(40);
        long c = SchedulingFixtures.newClient(jdbc, "cadence", clinician);
        Instant lastVisit = at(day.minusDays(21), "10:00"); // a Monday three weeks earlier
        jdbc.update("""
                insert into appointment (client_id, clinician_id, type, starts_at, ends_at, status, location, created_at)
                values (?, ?, 'FOLLOW_UP', ?, ?, 'COMPLETED', 'Suite C-106', ?)""", c, clinician,
                java.sql.Timestamp.from(lastVisit), java.sql.Timestamp.from(lastVisit.plus(HALF_HOUR)),
                java.sql.Timestamp.from(lastVisit));
        SignedIn.run(users, "coordinator", () -> schedule.setFollowUpDays(c, 21));
        clock.setInstant(at(day.minusDays(7), "12:00"));
        NextFollowUp next = SignedIn.as(users, "coordinator", () -> schedule.proposeNext(c, HALF_HOUR));
        assertThat(next.dueAt()).isEqualTo(at(day, "10:00"));
        assertThat(next.startsAt()).isEqualTo(at(day, "10:00"));
        assertThat(next.clinicianId()).isEqualTo(clinician);

        long busy = SchedulingFixtures.newClient(jdbc, "cadence-busy", clinician);
        book(command(busy, clinician, at(day, "10:00")));
        book(command(busy, clinician, at(day, "10:30")));
        NextFollowUp after = SignedIn.as(users, "coordinator", () -> schedule.proposeNext(c, HALF_HOUR));
        assertThat(after.startsAt()).isEqualTo(at(day, "11:00"));

        // overdue: the search starts now
        clock.setInstant(at(day.plusDays(2), "13:05"));
        NextFollowUp overdue = SignedIn.as(users, "coordinator", () -> schedule.proposeNext(c, HALF_HOUR));
        assertThat(overdue.startsAt()).isEqualTo(at(day.plusDays(2), "13:15"));
        assertThatThrownBy(() -> SignedIn.run(users, "coordinator", () -> schedule.setFollowUpDays(c, 0)))
                .hasMessage("schedule.error.cadence");
    }

    @Test
    void clientsAskForAnotherTimeOrCancelBeforeTheCutOffAndTheQueueShowsIt() {
        LocalDate day = monday(42);
        AppointmentDetail a = book(command(client01, clinician, at(day, "13:00")));
        AppointmentDetail b = book(command(client01, clinician, at(day.plusDays(1), "13:00")));
        SignedIn.run(users, "client01", () -> clientAppointments.requestChange(a.id(), "Afternoons after 3 suit me"));
        assertThat(SignedIn.as(users, "client01", () -> clientAppointments.pendingRequests())).contains(a.id());
        assertThatThrownBy(() -> SignedIn.run(users, "client01", () -> clientAppointments.requestChange(a.id(), null)))
                .hasMessage("appointments.request.error.pending");

        List<ScheduleRequest> open = SignedIn.as(users, "coordinator", () -> queue.open(0, 100));
        assertThat(open).filteredOn(r -> r.appointmentId() == a.id()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RequestKind.CHANGE);
            assertThat(r.clientNote()).isEqualTo("Afternoons after 3 suit me");
        });
        // clinician2 does not see client01's request (not their caseload)
        assertThat(SignedIn.as(users, "clinician2", () -> queue.open(0, 100)))
                .noneMatch(r -> r.appointmentId() == a.id());
        SignedIn.run(users, "coordinator",
                () -> schedule.reschedule(a.id(), clinician, at(day, "15:00"), HALF_HOUR, "As the client asked"));
        assertThat(SignedIn.as(users, "coordinator", () -> queue.open(0, 100)))
                .noneMatch(r -> r.appointmentId() == a.id());

        SignedIn.run(users, "client01", () -> clientAppointments.cancel(b.id()));
        assertThat(jdbc.queryForObject("select status from appointment where id = ?", String.class, b.id()))
                .isEqualTo("CANCELLED");
        ScheduleRequest cancelled = SignedIn.as(users, "coordinator", () -> queue.open(0, 100)).stream()
                .filter(r -> r.appointmentId() == b.id()).findFirst().orElseThrow();
        assertThat(cancelled.kind()).isEqualTo(RequestKind.CANCEL);
        SignedIn.run(users, "coordinator", () -> queue.close(cancelled.id(), "Called, rebooking next week"));
        assertThatThrownBy(() -> SignedIn.run(users, "coordinator", () -> queue.close(cancelled.id(), "again")))
                .hasMessage("schedule.error.requestGone");

        // inside the cut-off: call the clinic instead
        clock.setInstant(at(day, "15:00").minus(Duration.ofHours(23)));
        assertThatThrownBy(() -> SignedIn.run(users, "client01", () -> clientAppointments.cancel(a.id())))
                .hasMessage("appointments.request.error.cutoff");
        // another client's appointment is not theirs to touch
        assertThatThrownBy(() -> SignedIn.run(users, "client02", () -> clientAppointments.requestChange(a.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
