package com.milestonerecovery.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The clients grid on MariaDB: filters, sorting and paging done by the database, clinical columns only for
 * clinicians, and a page that costs the same small number of statements whatever its size (Hibernate's own
 * statement count).
 */
@IntegrationTest
class ClientRosterIT {

    @Autowired
    ClientRoster roster;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private List<ClientRow> search(String user, ClientSearch search, PageRequest page) {
        return SignedIn.as(users, user, () -> roster.search(search, page));
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() {
        long clinician = accountId("clinician");
        List<ClientRow> mine = search("clinician", new ClientSearch(null, clinician, false, false),
                PageRequest.of(0, 50, Sort.by("preferredName")));
        assertThat(mine).isNotEmpty().allSatisfy(r -> assertThat(r.clinicianId()).isEqualTo(clinician))
                .allSatisfy(r -> assertThat(r.clinicianName()).isEqualTo("Dr. Dana Whitfield"));
        assertThat(mine).extracting(ClientRow::preferredName)
                .isSortedAccordingTo(Comparator.comparing(String::toLowerCase));
        assertThat(SignedIn.as(users, "clinician", () -> roster.count(new ClientSearch(null, clinician, false, false))))
                .isEqualTo(jdbc.queryForObject("select count(*) from client where primary_clinician_id = ?",
                        Long.class, clinician));

        List<ClientRow> page1 = search("clinician", ClientSearch.all(), PageRequest.of(0, 5, Sort.by("reference")));
        List<ClientRow> page2 = search("clinician", ClientSearch.all(), PageRequest.of(1, 5, Sort.by("reference")));
        assertThat(page1).hasSize(5);
        assertThat(page2.getFirst().reference()).isGreaterThan(page1.getLast().reference());

        assertThat(search("clinician", new ClientSearch("c-1001", null, false, false), PageRequest.of(0, 50)))
                .isNotEmpty().allSatisfy(r -> assertThat(r.reference()).startsWith("C-1001"));
        assertThat(search("clinician", new ClientSearch("jam", null, false, false), PageRequest.of(0, 50)))
                .extracting(ClientRow::reference).contains("C-10001");
        assertThat(search("clinician", new ClientSearch("%", null, false, false), PageRequest.of(0, 50))).isEmpty();

        List<ClientRow> low = search("clinician", new ClientSearch(null, null, false, true),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "adherence7d")));
        assertThat(low).isNotEmpty().allSatisfy(r -> assertThat(r.adherence7d()).isLessThan(80));
        assertThat(low).extracting(ClientRow::adherence7d).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(search("clinician", new ClientSearch(null, null, true, false), PageRequest.of(0, 50)))
                .allSatisfy(r -> assertThat(r.openFlags()).isPositive());
    }

    @Test
    void coordinatorsSeeTheListWithoutClinicalFigures() {
        List<ClientRow> rows = search("coordinator", new ClientSearch(null, null, true, true),
                PageRequest.of(0, 50, Sort.by("adherence7d")));
        assertThat(rows).hasSizeGreaterThan(20); // the clinical filters do not apply to them
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.adherence7d()).isNull();
            assertThat(r.openFlags()).isNull();
        });
    }

    @Test
    void aPageCostsTwoStatementsWhateverItsSize() {
        SecurityContext clinician = SignedIn.context(users, "clinician");
        for (int size : new int[] {5, 50}) {
            PageRequest page = PageRequest.of(0, size, Sort.by("lastCheckInAt"));
            assertThat(SignedIn.within(clinician, () -> roster.search(new ClientSearch(null, null, false, false), page)))
                    .isNotEmpty();
            // the page, then the clinicians' names for it
            assertThat(fewestStatements(() -> SignedIn.within(clinician,
                    () -> roster.search(new ClientSearch(null, null, false, false), page)))).as("page of " + size)
                    .isEqualTo(2);
        }
        assertThat(fewestStatements(() -> SignedIn.within(clinician, () -> roster.count(ClientSearch.all()))))
                .isEqualTo(1);
    }

    /**
     * Hibernate's statistics count every thread's statements, and background jobs (outbox relay, reminders,
     * dashboard signals) run during the tests: the fewest of three calls is the call's own cost (others only add).
     */
    private long fewestStatements(Runnable call) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            call.run();
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
