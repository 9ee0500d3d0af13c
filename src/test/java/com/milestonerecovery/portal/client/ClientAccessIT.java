package com.milestonerecovery.portal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The caseload rule on MariaDB: the primary clinician reads the record, another clinician only through
 * break-glass (reasoned, recorded, time-limited), a coordinator contact details and appointments only, admins
 * and clients nothing; every read, refusal and break-glass lands in the audit trail. Demo client25 is
 * clinician's; clinician2 is outside that caseload.
 */
@IntegrationTest
class ClientAccessIT {

    @Autowired
    ClientAccess access;
    @Autowired
    ClientRoster roster;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long client25() {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client25'", Long.class);
    }

    private long audits(long clientId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = ?", Long.class,
                clientId, action);
    }

    @Test
    void thePrimaryClinicianReadsAndEachReadIsAudited() {
        long client = client25();
        long before = audits(client, "RECORD_VIEW");
        RecordAccess decision = SignedIn.as(users, "clinician", () -> access.accessTo(client));
        assertThat(decision.kind()).isEqualTo(RecordAccess.Kind.CASELOAD);
        SignedIn.run(users, "clinician", () -> access.checkRead(client, RecordSection.PLAN));
        assertThat(audits(client, "RECORD_VIEW")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select concat(actor_name, '/', section) from audit_event where client_id = ? and action = 'RECORD_VIEW'
                order by id desc limit 1""", String.class, client)).isEqualTo("clinician/PLAN");
    }

    @Test
    void anotherClinicianBreaksTheGlassWithAReasonForAnHour() {
        long client = client25();
        assertThat(SignedIn.as(users, "clinician2", () -> access.accessTo(client)).kind())
                .isEqualTo(RecordAccess.Kind.BREAK_GLASS_NEEDED);
        long denied = audits(client, "ACCESS_DENIED");
        assertThatThrownBy(() -> SignedIn.run(users, "clinician2", () -> access.checkRead(client, RecordSection.FLAGS)))
                .isInstanceOf(BreakGlassRequiredException.class);
        assertThat(audits(client, "ACCESS_DENIED")).isEqualTo(denied + 1);
        // Contact details are caseload-only for clinicians too.
        assertThatThrownBy(() -> SignedIn.run(users, "clinician2", () -> roster.profile(client)))
                .isInstanceOf(BreakGlassRequiredException.class);

        assertThatThrownBy(() -> SignedIn.run(users, "clinician2", () -> access.breakGlass(client, "because")))
                .isInstanceOf(RuleViolation.class);
        Instant now = Instant.parse("2026-11-20T19:00:00Z");
        clock.setInstant(now);
        Instant until = SignedIn.as(users, "clinician2",
                () -> access.breakGlass(client, "Covering the on-call shift for Dr. Whitfield"));
        assertThat(until).isEqualTo(now.plus(Duration.ofMinutes(60)));
        assertThat(jdbc.queryForObject("select detail from audit_event where client_id = ? and action = 'BREAK_GLASS'"
                + " order by id desc limit 1", String.class, client))
                .isEqualTo("Covering the on-call shift for Dr. Whitfield");

        RecordAccess granted = SignedIn.as(users, "clinician2", () -> access.accessTo(client));
        assertThat(granted.kind()).isEqualTo(RecordAccess.Kind.BREAK_GLASS);
        SignedIn.run(users, "clinician2", () -> access.checkRead(client, RecordSection.FLAGS));
        assertThat(jdbc.queryForObject("select detail from audit_event where client_id = ? and action = 'RECORD_VIEW'"
                + " order by id desc limit 1", String.class, client)).isEqualTo("break-glass");

        clock.setInstant(now.plus(Duration.ofMinutes(61)));
        assertThat(SignedIn.as(users, "clinician2", () -> access.accessTo(client)).kind())
                .isEqualTo(RecordAccess.Kind.BREAK_GLASS_NEEDED);
    }

    @Test
    void aCoordinatorSeesContactDetailsAndAppointmentsButNoClinicalData() {
        long client = client25();
        ClientProfile profile = SignedIn.as(users, "coordinator", () -> roster.profile(client));
        assertThat(profile.access().kind()).isEqualTo(RecordAccess.Kind.CONTACT_ONLY);
        assertThat(profile.email()).isNotBlank();
        assertThat(profile.adherence7d()).isNull();
        assertThat(profile.openFlags()).isNull();
        SignedIn.run(users, "coordinator", () -> access.checkRead(client, RecordSection.APPOINTMENTS));
        for (RecordSection clinical : new RecordSection[] {RecordSection.PLAN, RecordSection.DOSES,
                RecordSection.CHECK_INS, RecordSection.SIDE_EFFECTS, RecordSection.FLAGS, RecordSection.NOTES}) {
            assertThatThrownBy(() -> SignedIn.run(users, "coordinator", () -> access.checkRead(client, clinical)))
                    .as(clinical.name()).isInstanceOf(AccessDeniedException.class)
                    .isNotInstanceOf(BreakGlassRequiredException.class);
        }
        assertThatThrownBy(() -> SignedIn.run(users, "coordinator", () -> access.breakGlass(client,
                "I would like to read the clinical notes"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminsAndClientsReachNoRecordThroughTheStaffServices() {
        long client = client25();
        for (String user : new String[] {"admin", "client25", "client01"}) {
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> access.accessTo(client))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> access.checkRead(client, RecordSection.CONTACT)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> roster.profile(client))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> roster.search(ClientSearch.all(),
                    PageRequest.of(0, 10)))).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }
}
