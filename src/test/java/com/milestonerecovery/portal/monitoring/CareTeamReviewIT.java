package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.BreakGlassRequiredException;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.CareTeamReply;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.FlagView;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.Trends;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The clinician's side of a client's records on MariaDB: urgent flags acknowledged, answered (the client reads
 * the answer) and resolved; the grid's figures kept in step; adherence the same as the client's own schedule
 * gives. Demo client21 is clinician's.
 */
@IntegrationTest
class CareTeamReviewIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @Autowired
    CareTeamReview review;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ClientActivity activity;
    @Autowired
    MedicationPlanService plans;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long client21() {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client21'", Long.class);
    }

    private int openFlagsFigure(long clientId) {
        return jdbc.queryForObject("select open_flags from client where id = ?", Integer.class, clientId);
    }

    @Test
    void aFlagIsAcknowledgedAnsweredAndResolvedAndTheClientReadsTheAnswer() {
        long client = client21();
        int openBefore = openFlagsFigure(client);
        SignedIn.run(users, "client21", () -> checkIns.submit(new CheckInForm(9, 3, new BigDecimal("5"), List.of(),
                null, null, null, null, null)));
        assertThat(openFlagsFigure(client)).isEqualTo(openBefore + 1);
        assertThat(jdbc.queryForObject("select last_check_in_at is not null from client where id = ?", Boolean.class,
                client)).isTrue();

        FlagView flag = SignedIn.as(users, "clinician", () -> review.flags(client, 0, 10)).getFirst();
        assertThat(flag.reason()).isEqualTo(FlagReason.HIGH_CRAVINGS);
        assertThat(flag.acknowledged()).isFalse();

        assertThatThrownBy(() -> SignedIn.run(users, "clinician2", () -> review.acknowledgeFlag(flag.id())))
                .isInstanceOf(BreakGlassRequiredException.class);
        for (String user : List.of("coordinator", "admin", "client21")) {
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> review.acknowledgeFlag(flag.id()))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }

        SignedIn.run(users, "clinician", () -> review.acknowledgeFlag(flag.id()));
        FlagView acknowledged = SignedIn.as(users, "clinician", () -> review.flags(client, 0, 10)).getFirst();
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("Dr. Dana Whitfield");

        assertThatThrownBy(() -> SignedIn.run(users, "clinician", () -> review.respondToFlag(flag.id(), "  ")))
                .isInstanceOf(RuleViolation.class);
        String answer = "Thanks for telling us. I will call you this afternoon; <b>call 988</b> any time you need to.";
        SignedIn.run(users, "clinician", () -> review.respondToFlag(flag.id(), answer));
        List<CareTeamReply> replies = SignedIn.as(users, "client21", () -> review.myReplies(Locale.ENGLISH, 3));
        assertThat(replies.getFirst().response()).isEqualTo(answer);
        assertThat(replies.getFirst().kind()).isEqualTo("FLAG");

        SignedIn.run(users, "clinician", () -> review.resolveFlag(flag.id()));
        assertThat(openFlagsFigure(client)).isEqualTo(openBefore);
        assertThat(SignedIn.as(users, "clinician", () -> review.flags(client, 0, 10)))
                .filteredOn(f -> f.id() == flag.id()).first().satisfies(f -> assertThat(f.resolved()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'RECORD_CHANGE'"
                + " and section = 'FLAGS'", Long.class, client)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theGridsAdherenceMatchesTheClientsOwnScheduleOverTheLastSevenFullDays() {
        long client = client21();
        activity.refreshAll();
        Integer figure = jdbc.queryForObject("select adherence_7d from client where id = ?", Integer.class, client);

        LocalDate today = LocalDate.now(clock.withZone(PHOENIX));
        List<PlanItemSummary> items = SignedIn.as(users, "client21", plans::myItems);
        Instant endOfYesterday = today.atStartOfDay(PHOENIX).toInstant().minusSeconds(1);
        long expected = items.stream().mapToLong(i -> i.schedule().expectedBetween(today.minusDays(7),
                endOfYesterday, PHOENIX)).sum();
        long taken = jdbc.queryForObject("""
                select count(*) from dose_log where client_id = ? and status = 'TAKEN' and voided_at is null
                and scheduled_for is not null and local_date between ? and ?""", Long.class, client,
                today.minusDays(7), today.minusDays(1));
        assertThat(expected).isPositive();
        assertThat(figure).isEqualTo((int) Math.min(100, Math.round(taken * 100.0 / expected)));

        Trends trends = SignedIn.as(users, "clinician", () -> review.trends(client, 30));
        assertThat(trends.adherence()).hasSize(30);
        assertThat(trends.cravings()).hasSize(31);
        assertThat(trends.adherence().getLast().day()).isEqualTo(today.minusDays(1));
        assertThat(trends.phq9()).isNotEmpty();
        assertThat(trends.phq9()).allSatisfy(p -> assertThat(p.value()).isBetween(0.0, 27.0));
    }
}
