package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.audit.AuditLog;
import com.milestonerecovery.portal.audit.AuditQuery;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.ClientEnrollment;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.client.NewClient;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.consultation.ConsultationEnrollmentService;
import com.milestonerecovery.portal.consultation.ConsultationFilter;
import com.milestonerecovery.portal.consultation.ConsultationForm;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ConsultationStatus;
import com.milestonerecovery.portal.consultation.ConsultationTriageService;
import com.milestonerecovery.portal.consultation.ContactMethod;
import com.milestonerecovery.portal.consultation.EnrollmentForm;
import com.milestonerecovery.portal.medication.EducationService;
import com.milestonerecovery.portal.medication.InteractionChecker;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanChange;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.ChartText;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.DoseService;
import com.milestonerecovery.portal.monitoring.HistoryFilter;
import com.milestonerecovery.portal.monitoring.HistoryService;
import com.milestonerecovery.portal.monitoring.RecordsExportService;
import com.milestonerecovery.portal.monitoring.TrendCharts;
import com.milestonerecovery.portal.notification.MailOutbox;
import com.milestonerecovery.portal.scheduling.AppointmentType;
import com.milestonerecovery.portal.scheduling.BookingCommand;
import com.milestonerecovery.portal.scheduling.ClientAppointment;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.scheduling.RequestQueue;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.scheduling.WorkingHours;
import com.milestonerecovery.portal.staff.DashboardPanels.Scope;
import com.milestonerecovery.portal.staff.DashboardSignals;
import com.milestonerecovery.portal.staff.StaffDashboard;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The role-by-method table: every public method of every service the UI calls or that guards itself with
 * {@code @PreAuthorize}, called as each kind of person. {@code client25} is the record's own client (caseload
 * of {@code clinician}); {@code client24} is another client; {@code clinician2} is a clinician outside the
 * caseload without break-glass. A refused call must fail with an authorization error (or "not found", how the
 * services refuse to reveal another person's objects); an allowed call must not. A read runs cleanly; a change
 * may fail its own validation (the inputs are often deliberately invalid, so the table changes little).
 * A new public service method without a row here fails {@link #everyPublicServiceMethodHasARow}.
 */
@IntegrationTest
class RoleByMethodIT {

    private static final String ROOT = "com.milestonerecovery.portal";
    private static final String ANON = "anonymous";
    private static final List<String> PEOPLE = List.of(ANON, "client25", "client24", "clinician", "clinician2",
            "coordinator", "admin");

    private static final Set<String> EVERYONE = Set.copyOf(PEOPLE);
    private static final Set<String> SIGNED_IN = Set.of("client25", "client24", "clinician", "clinician2",
            "coordinator", "admin");
    private static final Set<String> CLIENTS = Set.of("client25", "client24");
    private static final Set<String> OWN_CLIENT = Set.of("client25");
    private static final Set<String> STAFF = Set.of("clinician", "clinician2", "coordinator", "admin");
    private static final Set<String> CARE_TEAM = Set.of("clinician", "clinician2", "coordinator");
    private static final Set<String> CASELOAD_AND_COORDINATOR = Set.of("clinician", "coordinator");
    private static final Set<String> CASELOAD = Set.of("clinician");
    private static final Set<String> CLINICIANS = Set.of("clinician", "clinician2");
    private static final Set<String> ADMIN = Set.of("admin");
    /** Methods that refuse without a password typed again a moment ago (Reauthentication). */
    private static final Set<String> REAUTHENTICATED = Set.of("RecordsExportService.csv/1",
            "RecordsExportService.pdf/1", "ConsentService.discloseTo/3", "TwoFactorService.enableForMe/2",
            "TwoFactorService.disableForMe/0", "TwoFactorService.newRecoveryCodesForMe/0");

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ClientRoster roster;
    @Autowired ClientAccess access;
    @Autowired ClientDirectory directory;
    @Autowired ClientEnrollment enrollment;
    @Autowired CareTeamReview review;
    @Autowired CareTeamNoteService notes;
    @Autowired CheckInService checkIns;
    @Autowired DoseService doses;
    @Autowired HistoryService history;
    @Autowired RecordsExportService exports;
    @Autowired TrendCharts charts;
    @Autowired PlanEditorService planEditor;
    @Autowired MedicationPlanService plans;
    @Autowired EducationService education;
    @Autowired InteractionChecker interactions;
    @Autowired ClientAppointmentService appointments;
    @Autowired ScheduleService schedule;
    @Autowired PasswordPolicy passwordPolicy;
    @Autowired Reauthentication reauthentication;
    @Autowired IdleSessions idleSessions;
    @Autowired SignInSessions signInSessions;
    @Autowired TwoFactorService twoFactor;
    @Autowired RequestQueue requests;
    @Autowired StaffDashboard dashboard;
    @Autowired DashboardSignals signals;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationTriageService triage;
    @Autowired ConsultationEnrollmentService consultationEnrollment;
    @Autowired AccountService accounts;
    @Autowired PasswordResetService resets;
    @Autowired CurrentUser currentUser;
    @Autowired MailOutbox outbox;
    @Autowired AuditLog auditLog;
    @Autowired ConsentService consents;

    /** Reads must run cleanly when allowed; changes may fail their own validation. */
    private enum Kind { READ, CHANGE }

    private record Row(String method, Set<String> allowed, Kind kind, Callable<?> call) {
    }

    private static Row read(String method, Set<String> allowed, Callable<?> call) {
        return new Row(method, allowed, Kind.READ, call);
    }

    private static Row change(String method, Set<String> allowed, Callable<?> call) {
        return new Row(method, allowed, Kind.CHANGE, call);
    }

    private static Callable<?> run(Runnable r) {
        return () -> {
            r.run();
            return null;
        };
    }

    /** A password step that was right for client24 an hour ago: long past its lifetime. */
    private PendingSignIn expiredSignIn() {
        UserDetails user = users.loadUserByUsername("client24");
        return new PendingSignIn(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()), Instant.now().minus(Duration.ofHours(1)));
    }

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The one table: method (Class.name/arity) -> who may call it. */
    private List<Row> table() {
        long client = id("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client25'");
        long clinicianId = id("select id from user_account where username = 'clinician'");
        long clientAccount = id("select account_id from client where id = ?", client);
        long item = id("select min(i.id) from plan_item i join medication_plan p on p.id = i.plan_id"
                + " where p.client_id = ?", client);
        long doseLog = id("select min(id) from dose_log where client_id = ?", client);
        Instant now = Instant.now();
        // Rows this test owns, so the changes below touch nothing another test reads.
        jdbc.update("insert into urgent_flag (client_id, reason, raised_at) values (?, 'HIGH_CRAVINGS', ?)", client,
                Timestamp.from(now));
        long flag = id("select max(id) from urgent_flag where client_id = ?", client);
        jdbc.update("""
                insert into side_effect_report (client_id, other_text, severity, reported_at, status)
                values (?, null, 'MILD', ?, 'OPEN')""", client, Timestamp.from(now));
        long sideEffect = id("select max(id) from side_effect_report where client_id = ?", client);
        Instant farAway = now.plus(Duration.ofDays(900));
        jdbc.update("""
                insert into appointment (client_id, clinician_id, type, starts_at, ends_at, location, status, created_at,
                    time_set_at) values (?, ?, 'FOLLOW_UP', ?, ?, 'Suite C-106', 'SCHEDULED', ?, ?)""", client,
                clinicianId, Timestamp.from(farAway), Timestamp.from(farAway.plus(Duration.ofMinutes(30))),
                Timestamp.from(now), Timestamp.from(now));
        long appointment = id("select max(id) from appointment where client_id = ?", client);
        long consultation = id("select min(id) from consultation_request where status = 'NEW'");
        jdbc.update("""
                insert into consent (client_id, recipient, purpose, expires_on, recorded_by, recorded_at)
                values (?, 'Matrix recipient', 'Matrix purpose', ?, ?, ?)""", client,
                Date.valueOf(LocalDate.now().plusDays(30)), clinicianId, Timestamp.from(now));
        long consent = id("select max(id) from consent where client_id = ?", client);
        ClientAppointment appointmentView = new ClientAppointment(appointment, AppointmentType.FOLLOW_UP, farAway,
                farAway.plus(Duration.ofMinutes(30)), "Suite C-106", null, null, "Dr.");
        ContactPreferences prefs = new ContactPreferences(true, false, false);
        PlanChange stop = new PlanChange.Discontinue(-1, null);
        LocalDate today = LocalDate.now();
        ChartText text = new ChartText("t", "d", "x", "y", Locale.ENGLISH);
        ConsultationForm noConsent = new ConsultationForm("matrix-token", "M", ContactMethod.EMAIL, null,
                "m@test.invalid", null, false, Set.of(), null, null, null, false, null, "en");
        NewAccount invalidAccount = new NewAccount("x", "not-an-email", "", Set.of(Role.CLIENT), null);

        return List.of(
                // client: the roster, record access and break-glass, the client's own contact preferences
                read("ClientRoster.search/2", CARE_TEAM, () -> roster.search(ClientSearch.all(), PageRequest.of(0, 5))),
                read("ClientRoster.count/1", CARE_TEAM, () -> roster.count(ClientSearch.all())),
                read("ClientRoster.profile/1", CASELOAD_AND_COORDINATOR, () -> roster.profile(client)),
                read("ClientAccess.accessTo/1", CARE_TEAM, () -> access.accessTo(client)),
                read("ClientAccess.checkRead/2", CASELOAD, () -> access.checkRead(client, RecordSection.NOTES)),
                read("ClientAccess.checkChange/3", CASELOAD,
                        () -> access.checkChange(client, RecordSection.NOTES, "matrix probe")),
                change("ClientAccess.breakGlass/2", CLINICIANS, () -> access.breakGlass(client, "short")),
                read("ClientDirectory.currentClientId/0", CLIENTS, () -> directory.currentClientId()),
                read("ClientDirectory.primaryClinicianEmail/1", OWN_CLIENT,
                        () -> directory.primaryClinicianEmail(client)),
                read("ClientDirectory.myContactPreferences/0", CLIENTS, () -> directory.myContactPreferences()),
                change("ClientDirectory.saveMyContactPreferences/1", CLIENTS,
                        () -> directory.saveMyContactPreferences(null)),
                change("ClientEnrollment.enroll/1", CARE_TEAM,
                        () -> enrollment.enroll(new NewClient(-1, "", -1, null, prefs))),
                read("ClientEnrollment.reference/1", CARE_TEAM, () -> enrollment.reference(client)),
                // monitoring: the care team's review of a client, notes, the client's own records
                read("CareTeamReview.flags/3", CASELOAD, () -> review.flags(client, 0, 5)),
                read("CareTeamReview.sideEffects/4", CASELOAD, () -> review.sideEffects(client, Locale.ENGLISH, 0, 5)),
                read("CareTeamReview.doses/3", CASELOAD, () -> review.doses(client, 0, 5)),
                read("CareTeamReview.checkIns/3", CASELOAD, () -> review.checkIns(client, 0, 5)),
                read("CareTeamReview.questionnaires/3", CASELOAD, () -> review.questionnaires(client, 0, 5)),
                read("CareTeamReview.trends/2", CASELOAD, () -> review.trends(client, 30)),
                change("CareTeamReview.acknowledgeFlag/1", CASELOAD, run(() -> review.acknowledgeFlag(flag))),
                change("CareTeamReview.respondToFlag/2", CASELOAD,
                        run(() -> review.respondToFlag(flag, "We will call you today."))),
                change("CareTeamReview.resolveFlag/1", CASELOAD, run(() -> review.resolveFlag(flag))),
                change("CareTeamReview.acknowledgeSideEffect/1", CASELOAD,
                        run(() -> review.acknowledgeSideEffect(sideEffect))),
                change("CareTeamReview.respondToSideEffect/2", CASELOAD,
                        run(() -> review.respondToSideEffect(sideEffect, "Take it with food."))),
                change("CareTeamReview.resolveSideEffect/1", CASELOAD, run(() -> review.resolveSideEffect(sideEffect))),
                read("CareTeamReview.myReplies/2", CLIENTS, () -> review.myReplies(Locale.ENGLISH, 3)),
                read("CareTeamNoteService.notes/3", CASELOAD, () -> notes.notes(client, 0, 5)),
                change("CareTeamNoteService.add/3", CASELOAD,
                        run(() -> notes.add(client, "Role matrix probe note.", false))),
                read("CareTeamNoteService.myLatest/0", CLIENTS, () -> notes.myLatest()),
                read("CheckInService.status/1", CLIENTS, () -> checkIns.status(Locale.ENGLISH)),
                change("CheckInService.submit/1", CLIENTS, () -> checkIns.submit(
                        new CheckInForm(99, 99, null, List.of(), null, null, null, null, null))),
                read("DoseService.today/0", CLIENTS, () -> doses.today()),
                read("DoseService.unrecordedRecent/0", CLIENTS, () -> doses.unrecordedRecent()),
                change("DoseService.markTaken/2", OWN_CLIENT, run(() -> doses.markTaken(item, farAway))),
                change("DoseService.markSkipped/3", OWN_CLIENT, run(() -> doses.markSkipped(item, farAway, "x"))),
                change("DoseService.recordAsNeeded/1", OWN_CLIENT, () -> doses.recordAsNeeded(item)),
                change("DoseService.undo/1", OWN_CLIENT, run(() -> doses.undo(doseLog))),
                read("HistoryService.days/3", CLIENTS,
                        () -> history.days(new HistoryFilter(today.minusDays(7), today, HistoryFilter.Kind.ALL), 0, 5)),
                read("HistoryService.countDays/1", CLIENTS,
                        () -> history.countDays(new HistoryFilter(today.minusDays(7), today, HistoryFilter.Kind.ALL))),
                read("RecordsExportService.csv/1", CLIENTS, () -> exports.csv(Locale.ENGLISH)),
                read("RecordsExportService.pdf/1", CLIENTS, () -> exports.pdf(Locale.ENGLISH)),
                read("RecordsExportService.notice/1", EVERYONE, () -> exports.notice(Locale.ENGLISH)),
                read("TrendCharts.adherence/5", EVERYONE, () -> charts.adherence("a", List.of(), 80, "80%", text)),
                read("TrendCharts.cravingsAndMood/6", EVERYONE,
                        () -> charts.cravingsAndMood("c", List.of(), "c", List.of(), "m", text)),
                read("TrendCharts.questionnaire/5", EVERYONE, () -> charts.questionnaire("q", List.of(), 27, List.of(),
                        text)),
                // medication
                read("PlanEditorService.plan/2", CASELOAD, () -> planEditor.plan(client, Locale.ENGLISH)),
                read("PlanEditorService.catalog/0", CLINICIANS, () -> planEditor.catalog()),
                read("PlanEditorService.preview/3", CASELOAD, () -> planEditor.preview(client, stop, Locale.ENGLISH)),
                change("PlanEditorService.save/6", CASELOAD,
                        () -> planEditor.save(client, -1, stop, "Role matrix probe", null, Locale.ENGLISH)),
                read("MedicationPlanService.myPlan/0", CLIENTS, () -> plans.myPlan()),
                read("MedicationPlanService.myItems/0", CLIENTS, () -> plans.myItems()),
                read("MedicationPlanService.myCurrentItems/0", CLIENTS, () -> plans.myCurrentItems()),
                read("MedicationPlanService.myItem/1", OWN_CLIENT,
                        () -> plans.myItem(item).orElseThrow(() -> new AccessDeniedException("not visible"))),
                read("MedicationPlanService.mySideEffectOptions/1", CLIENTS,
                        () -> plans.mySideEffectOptions(Locale.ENGLISH)),
                read("EducationService.myEducation/1", CLIENTS, () -> education.myEducation(Locale.ENGLISH)),
                read("InteractionChecker.check/2", STAFF,
                        () -> interactions.check(List.of("methadone", "alprazolam"), Locale.ENGLISH)),
                change("InteractionChecker.reload/0", EVERYONE, run(() -> interactions.reload())),
                // scheduling
                read("ClientAppointmentService.appointmentsOf/3", CASELOAD_AND_COORDINATOR,
                        () -> appointments.appointmentsOf(client, 0, 5)),
                read("ClientAppointmentService.upcoming/0", CLIENTS, () -> appointments.upcoming()),
                read("ClientAppointmentService.past/2", CLIENTS, () -> appointments.past(0, 5)),
                read("ClientAppointmentService.next/0", CLIENTS, () -> appointments.next()),
                read("ClientAppointmentService.calendarFile/3", OWN_CLIENT,
                        () -> appointments.calendarFile(appointment, "Milestone", "https://example.invalid")),
                read("ClientAppointmentService.changeCutoff/0", CLIENTS, () -> appointments.changeCutoff()),
                read("ClientAppointmentService.changeable/1", CLIENTS, () -> appointments.changeable(appointmentView)),
                read("ClientAppointmentService.pendingRequests/0", CLIENTS, () -> appointments.pendingRequests()),
                change("ClientAppointmentService.requestChange/2", OWN_CLIENT,
                        run(() -> appointments.requestChange(appointment, "x".repeat(5000)))),
                change("ClientAppointmentService.cancel/1", OWN_CLIENT, run(() -> appointments.cancel(appointment))),
                read("ScheduleService.clinicians/0", CARE_TEAM, () -> schedule.clinicians()),
                read("ScheduleService.schedule/3", CARE_TEAM, () -> schedule.schedule(today, 7, null)),
                read("ScheduleService.hoursOf/1", CARE_TEAM, () -> schedule.hoursOf(clinicianId)),
                read("ScheduleService.ownHoursOf/1", CARE_TEAM, () -> schedule.ownHoursOf(clinicianId)),
                read("ScheduleService.clinicHours/0", CARE_TEAM, () -> schedule.clinicHours()),
                read("ScheduleService.groupSessions/2", CARE_TEAM, () -> schedule.groupSessions(clinicianId, today)),
                change("ScheduleService.setHours/2", Set.of("clinician", "coordinator"),
                        run(() -> schedule.setHours(clinicianId, new WorkingHours(Map.of())))),
                read("ScheduleService.freeSlots/5", CASELOAD_AND_COORDINATOR,
                        () -> schedule.freeSlots(clinicianId, client, today.plusDays(900), Duration.ofMinutes(30), null)),
                read("ScheduleService.detail/1", CASELOAD_AND_COORDINATOR, () -> schedule.detail(appointment)),
                change("ScheduleService.book/1", CASELOAD_AND_COORDINATOR, () -> schedule.book(new BookingCommand(client,
                        clinicianId, AppointmentType.FOLLOW_UP, farAway, Duration.ofMinutes(-5), null, null, null))),
                change("ScheduleService.reschedule/5", CASELOAD_AND_COORDINATOR, () -> schedule.reschedule(appointment,
                        clinicianId, farAway, Duration.ofMinutes(-5), null)),
                change("ScheduleService.cancel/2", CASELOAD_AND_COORDINATOR,
                        () -> schedule.cancel(appointment, "Role matrix probe")),
                change("ScheduleService.complete/2", CASELOAD_AND_COORDINATOR,
                        () -> schedule.complete(appointment, "Role matrix probe")),
                change("ScheduleService.noShow/2", CASELOAD_AND_COORDINATOR,
                        () -> schedule.noShow(appointment, "Role matrix probe")),
                read("ScheduleService.proposeNext/2", CASELOAD_AND_COORDINATOR,
                        () -> schedule.proposeNext(client, Duration.ofMinutes(30))),
                change("ScheduleService.setFollowUpDays/2", CASELOAD_AND_COORDINATOR,
                        run(() -> schedule.setFollowUpDays(client, 0))),
                read("RequestQueue.open/2", CARE_TEAM, () -> requests.open(0, 5)),
                read("RequestQueue.count/0", CARE_TEAM, () -> requests.count()),
                change("RequestQueue.close/2", CARE_TEAM, run(() -> requests.close(-1, "done"))),
                // staff dashboard
                read("StaffDashboard.panels/1", CARE_TEAM, () -> dashboard.panels(Scope.CLINIC)),
                read("DashboardSignals.subscribe/1", EVERYONE, () -> {
                    signals.subscribe(() -> { }).close();
                    return null;
                }),
                change("DashboardSignals.check/0", EVERYONE, run(() -> signals.check())),
                // consultations
                change("ConsultationService.submit/2", EVERYONE, () -> consultations.submit(noConsent, "192.0.2.200")),
                read("ConsultationService.list/2", CARE_TEAM,
                        () -> consultations.list(ConsultationStatus.NEW, PageRequest.of(0, 5))),
                read("ConsultationService.search/2", CARE_TEAM,
                        () -> consultations.search(ConsultationFilter.all(), PageRequest.of(0, 5))),
                read("ConsultationService.get/1", CARE_TEAM, () -> consultations.get(consultation)),
                change("ConsultationTriageService.changeStatus/4", CARE_TEAM,
                        () -> triage.changeStatus(consultation, -1, ConsultationStatus.CONTACTED, null)),
                change("ConsultationTriageService.assign/3", CARE_TEAM, () -> triage.assign(consultation, -1, null)),
                change("ConsultationTriageService.addNote/2", CARE_TEAM, () -> triage.addNote(consultation, "")),
                read("ConsultationTriageService.assignableStaff/0", CARE_TEAM, () -> triage.assignableStaff()),
                change("ConsultationEnrollmentService.prepareEnrollment/1", CARE_TEAM,
                        () -> consultationEnrollment.prepareEnrollment(consultation)),
                change("ConsultationEnrollmentService.enroll/3", CARE_TEAM, () -> consultationEnrollment.enroll(
                        consultation, -1, new EnrollmentForm("", "", null, "", null, prefs))),
                // accounts and sign-in
                read("AccountService.search/3", ADMIN, () -> accounts.search("", null, PageRequest.of(0, 5))),
                change("AccountService.create/1", ADMIN, () -> accounts.create(invalidAccount)),
                change("AccountService.createInvitedClient/1", CARE_TEAM,
                        () -> accounts.createInvitedClient(invalidAccount)),
                read("AccountService.careTeam/0", CARE_TEAM, () -> accounts.careTeam()),
                read("AccountService.hasEnabledRole/2", CARE_TEAM, () -> accounts.hasEnabledRole(clinicianId,
                        Role.CLINICIAN)),
                read("AccountService.displayNames/1", STAFF, () -> accounts.displayNames(List.of(clinicianId))),
                read("AccountService.isUsernameTaken/1", CARE_TEAM, () -> accounts.isUsernameTaken("clinician")),
                read("AccountService.isEmailTaken/1", CARE_TEAM, () -> accounts.isEmailTaken("x@test.invalid")),
                change("AccountService.setEnabled/2", ADMIN, () -> accounts.setEnabled(clinicianId, true)),
                change("AccountService.unlock/1", ADMIN, () -> accounts.unlock(clinicianId)),
                change("AccountService.changeOwnPassword/2", SIGNED_IN,
                        run(() -> accounts.changeOwnPassword("wrong-current", "short"))),
                read("AccountService.isEmpty/0", EVERYONE, () -> accounts.isEmpty()),
                change("PasswordResetService.requestReset/2", EVERYONE,
                        run(() -> resets.requestReset("nobody@test.invalid", Locale.ENGLISH))),
                read("PasswordResetService.check/1", EVERYONE, () -> resets.check("no-such-token")),
                change("PasswordResetService.complete/2", EVERYONE,
                        run(() -> resets.complete("no-such-token", "short"))),
                change("PasswordResetService.issueActivation/1", STAFF, () -> resets.issueActivation(clientAccount)),
                read("CurrentUser.get/0", EVERYONE, () -> currentUser.get()),
                read("CurrentUser.hasRole/1", EVERYONE, () -> currentUser.hasRole(Role.ADMIN)),
                read("CurrentUser.displayName/0", EVERYONE, () -> currentUser.displayName()),
                read("CurrentUser.require/0", SIGNED_IN, () -> currentUser.require()),
                // mail outbox: enqueue is internal (services compose the text, never the browser)
                change("MailOutbox.enqueue/3", EVERYONE, () -> outbox.enqueue("", "", "")),
                change("MailOutbox.enqueue/4", EVERYONE, () -> outbox.enqueue("", "", "", List.of())),
                read("MailOutbox.list/2", ADMIN, () -> outbox.list(null, PageRequest.of(0, 5))),
                change("MailOutbox.retry/1", ADMIN, () -> outbox.retry(-1)),
                // audit trail and consent (this branch)
                read("AuditLog.find/3", ADMIN, () -> auditLog.find(AuditQuery.all(), 0, 5)),
                read("AuditLog.count/1", ADMIN, () -> auditLog.count(AuditQuery.all())),
                read("AuditLog.exportCsv/2", ADMIN,
                        () -> auditLog.exportCsv(AuditQuery.all(), java.io.OutputStream.nullOutputStream())),
                read("ConsentService.consentsOf/1", CASELOAD_AND_COORDINATOR, () -> consents.consentsOf(client)),
                change("ConsentService.record/4", CASELOAD,
                        () -> consents.record(client, "", "", today.minusDays(1))),
                change("ConsentService.revoke/1", CASELOAD, run(() -> consents.revoke(consent))),
                read("ConsentService.myConsents/0", CLIENTS, () -> consents.myConsents()),
                change("ConsentService.discloseTo/3", CASELOAD,
                        () -> consents.discloseTo(client, "Nobody without consent", Locale.ENGLISH)),
                // authentication. The password policy is a pure check; the sign-in steps run before anyone is
                // signed in and act only on a PendingSignIn, which the server keeps in the session after a right
                // password (a browser cannot make one): an expired one here, so nothing changes.
                read("PasswordPolicy.problem/2", EVERYONE, () -> passwordPolicy.problem("short", "someone")),
                read("PasswordPolicy.isCommon/1", EVERYONE, () -> passwordPolicy.isCommon("password123")),
                read("PasswordPolicy.strength/2", EVERYONE, () -> passwordPolicy.strength("x", "someone")),
                change("Reauthentication.confirm/1", SIGNED_IN, () -> reauthentication.confirm(null)),
                read("Reauthentication.isRecent/0", EVERYONE, () -> reauthentication.isRecent()),
                // The methods that also need a password confirmed a moment ago (two-step changes, exports,
                // releases) pass their role and object checks here and then ask for it: see the test below.
                change("Reauthentication.requireRecent/0", EVERYONE, run(() -> reauthentication.requireRecent())),
                change("TwoFactorService.enableForMe/2", SIGNED_IN, () -> twoFactor.enableForMe("A".repeat(32), "0")),
                change("TwoFactorService.disableForMe/0", CLIENTS, run(() -> twoFactor.disableForMe())),
                change("TwoFactorService.newRecoveryCodesForMe/0", SIGNED_IN,
                        () -> twoFactor.newRecoveryCodesForMe()),
                // The warning before idle logoff reads the caller's own web session (none here: empty).
                read("IdleSessions.warning/0", EVERYONE, () -> idleSessions.warning()),
                read("IdleSessions.checkInterval/0", EVERYONE, () -> idleSessions.checkInterval()),
                read("IdleSessions.checkFromPoll/0", EVERYONE, () -> idleSessions.checkFromPoll()),
                read("IdleSessions.remaining/0", EVERYONE, () -> idleSessions.remaining()),
                read("TwoFactorService.isRequired/1", EVERYONE, () -> twoFactor.isRequired(clientAccount)),
                read("TwoFactorService.isEnrolled/1", EVERYONE, () -> twoFactor.isEnrolled(clientAccount)),
                read("TwoFactorService.enrolment/1", EVERYONE, () -> twoFactor.enrolment(expiredSignIn())),
                read("TwoFactorService.verify/3", EVERYONE, () -> twoFactor.verify(expiredSignIn(), "000000", false)),
                change("TwoFactorService.enrolAndVerify/2", EVERYONE,
                        () -> twoFactor.enrolAndVerify(expiredSignIn(), "000000")),
                read("TwoFactorService.newEnrolment/0", SIGNED_IN, () -> twoFactor.newEnrolment()),
                read("TwoFactorService.isEnrolledMe/0", SIGNED_IN, () -> twoFactor.isEnrolledMe()),
                change("TwoFactorService.resetForAccount/1", ADMIN,
                        run(() -> twoFactor.resetForAccount(clientAccount))),
                change("TwoFactorService.enrolDemoAccount/2", ADMIN,
                        run(() -> twoFactor.enrolDemoAccount("no-such-account", "A".repeat(32)))),
                // Completing a sign-in needs the pending one from the session; it signs that person in only.
                change("SignInSessions.complete/3", EVERYONE, run(() -> signInSessions.complete(expiredSignIn(),
                        new org.springframework.mock.web.MockHttpServletRequest(),
                        new org.springframework.mock.web.MockHttpServletResponse()))));
    }

    @Test
    void eachMethodAllowsExactlyThePeopleInTheTable() {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            for (String person : PEOPLE) {
                Throwable failure = callAs(person, row.call());
                if (failure instanceof ReauthenticationRequiredException) {
                    // Role and object checks passed; only the fresh password is missing (none is typed here).
                    failure = null;
                }
                boolean denied = isDenial(failure);
                boolean allowed = row.allowed().contains(person);
                if (allowed && (denied || row.kind() == Kind.READ && failure != null)) {
                    wrong.add(row.method() + " as " + person + " should be allowed but threw " + failure);
                } else if (!allowed && !denied) {
                    wrong.add(row.method() + " as " + person + " should be refused but "
                            + (failure == null ? "ran" : "threw " + failure));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void exportsReleasesAndTwoStepChangesAskForThePasswordAgain() {
        List<String> notAsked = new ArrayList<>();
        for (Row row : table()) {
            if (!REAUTHENTICATED.contains(row.method())) {
                continue;
            }
            for (String person : row.allowed()) {
                if (!(callAs(person, row.call()) instanceof ReauthenticationRequiredException)) {
                    notAsked.add(row.method() + " as " + person);
                }
            }
        }
        assertThat(notAsked).isEmpty();
    }

    @Test
    void everyPublicServiceMethodHasARow() {
        Set<String> rows = table().stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));
        assertThat(serviceMethods()).as("public service methods (Class.method/arity) need a row in the table")
                .isEqualTo(rows);
    }

    /**
     * The public methods of every service bean that guards itself with {@code @PreAuthorize} or that a view
     * calls: the surface a signed-in browser can reach.
     */
    private static Set<String> serviceMethods() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Set<String> methods = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.getPackageName().contains(".ui") || javaClass.getPackageName().contains(".demo")
                    || !(javaClass.isAnnotatedWith(Service.class) || javaClass.isAnnotatedWith(Component.class))) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            boolean guarded = type.isAnnotationPresent(PreAuthorize.class) || Arrays.stream(type.getDeclaredMethods())
                    .anyMatch(m -> m.isAnnotationPresent(PreAuthorize.class));
            boolean calledFromUi = javaClass.getDirectDependenciesToSelf().stream()
                    .anyMatch(d -> d.getOriginClass().getPackageName().contains(".ui"));
            if (!guarded && !calledFromUi) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    methods.add(type.getSimpleName() + "." + m.getName() + "/" + m.getParameterCount());
                }
            }
        }
        return methods;
    }

    private static boolean isDenial(Throwable failure) {
        return failure instanceof AccessDeniedException || failure instanceof AuthenticationException
                || failure != null && failure.getClass().getSimpleName().endsWith("NotFoundException");
    }

    private Throwable callAs(String person, Callable<?> call) {
        SecurityContext context;
        if (ANON.equals(person)) {
            context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            context = SignedIn.context(users, person);
        }
        try {
            SignedIn.within(context, call);
            return null;
        } catch (Throwable t) {
            return t instanceof IllegalStateException && t.getCause() != null ? t.getCause() : t;
        }
    }
}
