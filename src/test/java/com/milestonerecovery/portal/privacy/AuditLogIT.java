package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.milestonerecovery.portal.audit.AuditEntry;
import com.milestonerecovery.portal.audit.AuditLog;
import com.milestonerecovery.portal.audit.AuditQuery;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin's audit review: filters, paging and order in the database, and an audited CSV export. */
@IntegrationTest
class AuditLogIT {

    @Autowired AuditLog log;
    @Autowired AuditTrail trail;
    @Autowired ClientAccess access;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void filtersPageAndExport() {
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client13'", Long.class);
        String reference = jdbc.queryForObject("select reference from client where id = ?", String.class, client);
        // client13 belongs to clinician: clinician2 needs break-glass, which the review preset lists.
        SignedIn.run(users, "clinician2", () -> access.breakGlass(client, "Weekend cover for the on-call team"));
        SignedIn.run(users, "clinician", () -> trail.record(AuditAction.EXPORT, null, "TEST", "=HYPERLINK(\"x\")"));

        List<AuditEntry> glass = SignedIn.as(users, "admin", () -> log.find(AuditQuery.breakGlass(), 0, 50));
        assertThat(glass).isNotEmpty().allSatisfy(e -> assertThat(e.action()).isEqualTo("BREAK_GLASS"));
        assertThat(glass.getFirst().clientReference()).isEqualTo(reference);
        assertThat(glass.getFirst().actorName()).isEqualTo("clinician2");
        assertThat(glass.getFirst().detail()).isEqualTo("Weekend cover for the on-call team");

        AuditQuery forClient = new AuditQuery(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), "clin",
                reference, null, true);
        List<AuditEntry> rows = SignedIn.as(users, "admin", () -> log.find(forClient, 0, 500));
        assertThat(rows).isNotEmpty().allSatisfy(e -> {
            assertThat(e.clientReference()).isEqualTo(reference);
            assertThat(e.actorName()).startsWith("clin");
        });
        assertThat(SignedIn.as(users, "admin", () -> log.count(forClient))).isEqualTo(rows.size());
        assertThat(rows).extracting(AuditEntry::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));

        long total = SignedIn.as(users, "admin", () -> log.count(AuditQuery.all()));
        assertThat(total).isGreaterThan(3);
        List<AuditEntry> first = SignedIn.as(users, "admin", () -> log.find(AuditQuery.all(), 0, 2));
        List<AuditEntry> second = SignedIn.as(users, "admin", () -> log.find(AuditQuery.all(), 2, 2));
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        AuditQuery oldest = new AuditQuery(null, null, null, null, null, false);
        // Ordered by the time of the event (tests move the clock, so ids are not in time order).
        assertThat(SignedIn.as(users, "admin", () -> log.find(oldest, 0, 1)).getFirst().occurredAt())
                .isBeforeOrEqualTo(first.getFirst().occurredAt());
        assertThat(SignedIn.as(users, "admin", () -> log.find(oldest, 0, 5))).extracting(AuditEntry::occurredAt)
                .isSorted();

        long exports = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and section = 'AUDIT'", Long.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = SignedIn.as(users, "admin", () -> log.exportCsv(
                new AuditQuery(null, null, null, null, AuditAction.EXPORT, true), out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isPositive();
        assertThat(csv).startsWith("id,occurred_at_utc,actor,action,client_reference,section,detail,remote_address")
                .contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and section = 'AUDIT'", Long.class)).isEqualTo(exports + 1);
    }
}
