package com.milestonerecovery.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.milestonerecovery.portal.staff.DashboardPanels.Scope;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The dashboard's panels on MariaDB: counted by the database, scoped by role and caseload, refreshed on change. */
@IntegrationTest
class StaffDashboardIT {

    @Autowired
    StaffDashboard dashboard;
    @Autowired
    DashboardSignals signals;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    @Test
    void aClinicianSeesTheirCaseloadByDefaultAndMayWidenToTheClinic() {
        long clinician = accountId("clinician");
        DashboardPanels mine = SignedIn.as(users, "clinician", () -> dashboard.panels(Scope.CASELOAD));
        DashboardPanels clinic = SignedIn.as(users, "clinician", () -> dashboard.panels(Scope.CLINIC));
        assertThat(mine.scope()).isEqualTo(Scope.CASELOAD);

        long lowMine = jdbc.queryForObject("select count(*) from client where adherence_7d < 80"
                + " and primary_clinician_id = ?", Long.class, clinician);
        assertThat(mine.lowAdherence().count()).isEqualTo(lowMine);
        assertThat(clinic.lowAdherence().count())
                .isEqualTo(jdbc.queryForObject("select count(*) from client where adherence_7d < 80", Long.class));
        assertThat(mine.lowAdherence().rows()).allSatisfy(r -> assertThat(r.detail()).isLessThan(80));
        assertThat(mine.lowAdherence().rows()).extracting(r -> r.clientId()).allSatisfy(id -> assertThat(
                jdbc.queryForObject("select primary_clinician_id from client where id = ?", Long.class, id))
                .isEqualTo(clinician));

        long flagsMine = jdbc.queryForObject("""
                select count(*) from urgent_flag f join client c on c.id = f.client_id
                where f.acknowledged_at is null and f.resolved_at is null
                  and f.raised_at >= now(6) - interval 72 hour and c.primary_clinician_id = ?""", Long.class, clinician);
        assertThat(mine.urgentFlags().count()).isEqualTo(flagsMine);
        assertThat(clinic.urgentFlags().count()).isGreaterThanOrEqualTo(mine.urgentFlags().count());
        assertThat(clinic.newRequests().count()).isEqualTo(
                jdbc.queryForObject("select count(*) from consultation_request where status = 'NEW'", Long.class));
        assertThat(clinic.overdueFollowUps()).isNotNull();
        assertThat(clinic.todaysAppointments().count()).isGreaterThanOrEqualTo(mine.todaysAppointments().count());
    }

    @Test
    void coordinatorsGetTheClinicsRequestsAndAppointmentsButNoClinicalPanels() {
        DashboardPanels panels = SignedIn.as(users, "coordinator", () -> dashboard.panels(Scope.CASELOAD));
        assertThat(panels.scope()).isEqualTo(Scope.CLINIC);
        assertThat(panels.lowAdherence()).isNull();
        assertThat(panels.urgentFlags()).isNull();
        assertThat(panels.newRequests()).isNotNull();
        assertThat(panels.todaysAppointments()).isNotNull();
        for (String user : List.of("admin", "client")) {
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> dashboard.panels(Scope.CLINIC))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void openDashboardsAreToldWhenTheFiguresChange() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (AutoCloseable subscription = signals.subscribe(calls::incrementAndGet)) {
            int before = calls.get(); // subscribing took the baseline: only a later change counts
            // Later than any check-in so far: other tests record check-ins with the clock pinned hours ahead, and a
            // check-in that is not the latest would not change the figures.
            jdbc.update("update client set last_check_in_at = (select t from (select coalesce(max(last_check_in_at),"
                    + " now(6)) + interval 1 minute as t from client) latest)"
                    + " where id = (select id from (select min(id) as id from client) c)");
            await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() > before);
        }
    }
}
