package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** History pages come from the database, newest day first, only ever the signed-in client's own. */
@IntegrationTest
class HistoryServiceIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(PHOENIX);

    @Test
    @WithUserDetails("client14")
    void pagesDaysNewestFirstWithTheirDosesAndCheckIns() {
        HistoryFilter last60 = new HistoryFilter(today.minusDays(60), today, HistoryFilter.Kind.ALL);
        int total = history.countDays(last60);
        List<HistoryDay> first = history.days(last60, 0, 10);
        List<HistoryDay> second = history.days(last60, 10, 10);

        assertThat(total).isBetween(55, 61);
        assertThat(first).hasSize(10);
        assertThat(first.getFirst().date()).isAfter(first.getLast().date());
        assertThat(first.getLast().date()).isAfter(second.getFirst().date());
        long expectedDoses = jdbc.queryForObject("""
                select count(*) from dose_log d join client c on c.id = d.client_id
                join user_account a on a.id = c.account_id
                where a.username = 'client14' and d.voided_at is null and d.local_date = ?""", Long.class,
                first.get(2).date());
        assertThat(first.get(2).doses()).hasSize((int) expectedDoses);
    }

    @Test
    @WithUserDetails("client14")
    void filtersByKindAndRange() {
        HistoryFilter week = new HistoryFilter(today.minusDays(7), today.minusDays(1), HistoryFilter.Kind.DOSES);
        List<HistoryDay> days = history.days(week, 0, 50);
        assertThat(days).allMatch(d -> !d.date().isBefore(today.minusDays(7)) && d.date().isBefore(today));
        assertThat(days).allMatch(d -> d.checkIns().isEmpty());
        List<HistoryDay> checkInsOnly = history.days(new HistoryFilter(today.minusDays(30), today,
                HistoryFilter.Kind.CHECK_INS), 0, 50);
        assertThat(checkInsOnly).isNotEmpty().allMatch(d -> d.doses().isEmpty() && !d.checkIns().isEmpty());
    }

    @Test
    @WithUserDetails("client14")
    void refusesBackwardsOrHugeRanges() {
        assertThatThrownBy(() -> history.days(new HistoryFilter(today, today.minusDays(1), HistoryFilter.Kind.ALL), 0,
                10)).isInstanceOf(InvalidCheckInException.class);
        assertThatThrownBy(() -> history.countDays(new HistoryFilter(today.minusYears(5), today,
                HistoryFilter.Kind.ALL))).isInstanceOf(InvalidCheckInException.class);
    }

    @Test
    @WithMockUser(roles = {"CLINICIAN", "COORDINATOR", "ADMIN"})
    void staffCannotUseTheClientHistory() {
        assertThatThrownBy(() -> history.countDays(new HistoryFilter(today.minusDays(1), today,
                HistoryFilter.Kind.ALL))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
