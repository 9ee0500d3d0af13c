package com.milestonerecovery.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.medication.PlanChange;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.scheduling.RequestQueue;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.staff.DashboardPanels.Scope;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every read method of the staff-facing services, called as each kind of person: the client's own clinician, a
 * clinician outside the caseload (no break-glass), a coordinator, an admin, and the client themselves. The table
 * says who is allowed; everyone else must be refused by the service (not only hidden by a view). Changes are
 * covered with their own rules in the feature ITs.
 */
@IntegrationTest
class StaffServicesRoleMatrixIT {

    private static final List<String> PEOPLE = List.of("clinician", "clinician2", "coordinator", "admin", "client25");

    @Autowired
    ClientRoster roster;
    @Autowired
    ClientAccess access;
    @Autowired
    CareTeamReview review;
    @Autowired
    PlanEditorService planEditor;
    @Autowired
    CareTeamNoteService notes;
    @Autowired
    ClientAppointmentService appointments;
    @Autowired
    StaffDashboard dashboard;
    @Autowired
    AccountService accounts;
    @Autowired
    ScheduleService schedule;
    @Autowired
    RequestQueue requests;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private record Row(String method, Set<String> allowed, Runnable call) {
    }

    @Test
    void eachServiceMethodAllowsExactlyTheRolesInTheTable() {
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client25'", Long.class);
        long aClinician = jdbc.queryForObject("select id from user_account where username = 'clinician'", Long.class);
        Set<String> careTeam = Set.of("clinician", "clinician2", "coordinator");
        Set<String> ownClinician = Set.of("clinician");
        Set<String> contact = Set.of("clinician", "coordinator");
        Set<String> clinicians = Set.of("clinician", "clinician2");
        PlanChange stop = new PlanChange.Discontinue(-1, null);
        List<Row> table = List.of(
                new Row("ClientRoster.search", careTeam, () -> roster.search(ClientSearch.all(), PageRequest.of(0, 5))),
                new Row("ClientRoster.count", careTeam, () -> roster.count(ClientSearch.all())),
                new Row("ClientRoster.profile", contact, () -> roster.profile(client)),
                new Row("ClientAccess.accessTo", careTeam, () -> access.accessTo(client)),
                new Row("StaffDashboard.panels", careTeam, () -> dashboard.panels(Scope.CLINIC)),
                new Row("AccountService.careTeam", careTeam, () -> accounts.careTeam()),
                new Row("AccountService.displayNames", Set.of("clinician", "clinician2", "coordinator", "admin"),
                        () -> accounts.displayNames(List.of(1L))),
                new Row("CareTeamReview.flags", ownClinician, () -> review.flags(client, 0, 5)),
                new Row("CareTeamReview.sideEffects", ownClinician,
                        () -> review.sideEffects(client, Locale.ENGLISH, 0, 5)),
                new Row("CareTeamReview.doses", ownClinician, () -> review.doses(client, 0, 5)),
                new Row("CareTeamReview.checkIns", ownClinician, () -> review.checkIns(client, 0, 5)),
                new Row("CareTeamReview.questionnaires", ownClinician, () -> review.questionnaires(client, 0, 5)),
                new Row("CareTeamReview.trends", ownClinician, () -> review.trends(client, 30)),
                new Row("CareTeamReview.myReplies", Set.of("client25"), () -> review.myReplies(Locale.ENGLISH, 3)),
                new Row("PlanEditorService.plan", ownClinician, () -> planEditor.plan(client, Locale.ENGLISH)),
                new Row("PlanEditorService.catalog", clinicians, () -> planEditor.catalog()),
                new Row("PlanEditorService.preview", ownClinician, () -> planEditor.preview(client, stop,
                        Locale.ENGLISH)),
                new Row("CareTeamNoteService.notes", ownClinician, () -> notes.notes(client, 0, 5)),
                new Row("ClientAppointmentService.appointmentsOf", contact,
                        () -> appointments.appointmentsOf(client, 0, 5)),
                new Row("ScheduleService.clinicians", careTeam, () -> schedule.clinicians()),
                new Row("ScheduleService.schedule", careTeam, () -> schedule.schedule(LocalDate.now(), 7, null)),
                new Row("ScheduleService.clinicHours", careTeam, () -> schedule.clinicHours()),
                new Row("ScheduleService.groupSessions", careTeam, () -> schedule.groupSessions(aClinician,
                        LocalDate.now())),
                new Row("ScheduleService.proposeNext", contact, () -> schedule.proposeNext(client,
                        Duration.ofMinutes(30))),
                new Row("RequestQueue.open", careTeam, () -> requests.open(0, 5)),
                new Row("RequestQueue.count", careTeam, () -> requests.count()));

        for (Row row : table) {
            for (String person : PEOPLE) {
                String as = row.method() + " as " + person;
                if (row.allowed().contains(person)) {
                    assertThatCode(() -> SignedIn.run(users, person, row.call())).as(as).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> SignedIn.run(users, person, row.call())).as(as)
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        }
        assertThat(table).hasSize(25);
    }
}
