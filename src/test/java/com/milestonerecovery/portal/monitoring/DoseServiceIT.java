package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Dose recording on the real database with the clock pinned to noon in Phoenix. Uses demo clients other
 * than `client`, whose day the browser journey records.
 */
@IntegrationTest
class DoseServiceIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @Autowired
    DoseService doses;
    @Autowired
    MedicationPlanService plans;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(PHOENIX);

    @BeforeEach
    void pinClockToNoon() {
        clock.setInstant(today.atTime(12, 0).atZone(PHOENIX).toInstant());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private long itemOf(String username) {
        return jdbc.queryForObject("""
                select min(i.id) from plan_item i join medication_plan p on p.id = i.plan_id
                join client c on c.id = p.client_id join user_account a on a.id = c.account_id
                where a.username = ? and i.as_needed = false and i.discontinued_on is null""", Long.class, username);
    }

    private Instant firstDoseToday(long itemId) {
        String times = jdbc.queryForObject("select times from plan_item where id = ?", String.class, itemId);
        return today.atTime(LocalTime.parse(times.split(",")[0])).atZone(PHOENIX).toInstant();
    }

    @Test
    @WithUserDetails("client05")
    void aTakenDoseShowsOnTodayAndCanBeUndoneWithinTheWindow() {
        long item = itemOf("client05");
        Instant due = firstDoseToday(item);
        doses.markTaken(item, due);
        doses.markTaken(item, due); // a double tap records once

        DoseSlot slot = doses.today().scheduled().stream()
                .filter(s -> s.planItemId() == item && s.scheduledFor().equals(due)).findFirst().orElseThrow();
        assertThat(slot.status()).isEqualTo(DoseStatus.TAKEN);
        assertThat(slot.undoable()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from dose_log where plan_item_id = ? and scheduled_for = ?",
                Integer.class, item, java.sql.Timestamp.from(due))).isEqualTo(1);

        doses.undo(slot.logId());
        assertThat(jdbc.queryForObject("select voided_at is not null from dose_log where id = ?", Boolean.class,
                slot.logId())).isTrue();
        assertThat(doses.today().scheduled().stream().filter(s -> s.planItemId() == item
                && s.scheduledFor().equals(due)).findFirst().orElseThrow().status()).isEqualTo(DoseStatus.PENDING);
    }

    @Test
    @WithUserDetails("client06")
    void undoClosesAfterTheWindow() {
        long item = itemOf("client06");
        Instant due = firstDoseToday(item);
        doses.markSkipped(item, due, "I felt sick");
        long logId = jdbc.queryForObject("select id from dose_log where plan_item_id = ? and scheduled_for = ?"
                + " and voided_at is null", Long.class, item, java.sql.Timestamp.from(due));
        clock.setInstant(clock.instant().plusSeconds(16 * 60));
        assertThatThrownBy(() -> doses.undo(logId)).isInstanceOf(DoseRuleException.class)
                .hasMessage("dose.error.undoExpired");
        assertThat(jdbc.queryForObject("select skip_reason from dose_log where id = ?", String.class, logId))
                .isEqualTo("I felt sick");
    }

    @Test
    @WithUserDetails("client07")
    void lateEntriesAreMarkedAndFutureOrStaleOnesRefused() {
        long item = itemOf("client07");
        Instant due = firstDoseToday(item);
        // Noon is more than 2 hours after every morning dose in the demo: recorded, and marked late.
        doses.markTaken(item, due);
        assertThat(jdbc.queryForObject("select late from dose_log where plan_item_id = ? and scheduled_for = ?"
                + " and voided_at is null", Boolean.class, item, java.sql.Timestamp.from(due))).isTrue();

        assertThatThrownBy(() -> doses.markTaken(item, due.plusSeconds(24 * 3600)))
                .isInstanceOf(DoseRuleException.class).hasMessage("dose.error.future");
        assertThatThrownBy(() -> doses.markTaken(item, due.minusSeconds(3 * 24 * 3600)))
                .isInstanceOf(DoseRuleException.class).hasMessage("dose.error.tooLate");
        assertThatThrownBy(() -> doses.markTaken(item, due.plusSeconds(60)))
                .isInstanceOf(DoseRuleException.class).hasMessage("dose.error.notScheduled");
    }

    @Test
    @WithUserDetails("client08")
    void aClientCannotTouchAnotherClientsDoses() {
        long someoneElses = itemOf("client09");
        Instant due = firstDoseToday(someoneElses);
        assertThatThrownBy(() -> doses.markTaken(someoneElses, due)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> doses.markSkipped(someoneElses, due, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> doses.recordAsNeeded(someoneElses)).isInstanceOf(AccessDeniedException.class);
        long theirLog = jdbc.queryForObject("""
                select min(d.id) from dose_log d join client c on c.id = d.client_id
                join user_account a on a.id = c.account_id where a.username = 'client09'""", Long.class);
        assertThatThrownBy(() -> doses.undo(theirLog)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.myItem(someoneElses)).isEmpty();
        assertThat(plans.myPlan().current()).allMatch(i -> i.id() != someoneElses);
    }

    @Test
    @WithMockUser(roles = {"CLINICIAN", "COORDINATOR", "ADMIN"})
    void staffCannotUseTheClientDoseMethods() {
        assertThatThrownBy(() -> doses.today()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> plans.myPlan()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("client24")
    void dosesMissedInTheLast48HoursCanStillBeRecordedAsLate() {
        long item = itemOf("client24");
        Instant yesterday = firstDoseToday(item).minusSeconds(24 * 3600);
        jdbc.update("update dose_log set voided_at = now() where plan_item_id = ? and scheduled_for = ?", item,
                java.sql.Timestamp.from(yesterday));
        assertThat(doses.unrecordedRecent()).anyMatch(s -> s.planItemId() == item
                && s.scheduledFor().equals(yesterday));
        doses.markTaken(item, yesterday);
        assertThat(doses.unrecordedRecent()).noneMatch(s -> s.planItemId() == item
                && s.scheduledFor().equals(yesterday));
        assertThat(jdbc.queryForObject("select late from dose_log where plan_item_id = ? and scheduled_for = ?"
                + " and voided_at is null", Boolean.class, item, java.sql.Timestamp.from(yesterday))).isTrue();
    }

    @Test
    @WithUserDetails("client03")
    void adherenceMatchesAnIndependentCountOfTheDatabase() {
        assertAdherenceMatchesSql("client03");
    }

    @Test
    @WithUserDetails("client")
    void theDemoClientsAdherenceMatchesAnIndependentCountOfTheDatabase() {
        assertAdherenceMatchesSql("client");
    }

    private void assertAdherenceMatchesSql(String username) {
        Adherence month = doses.today().lastMonth();
        Instant now = clock.instant();
        LocalDate from = today.minusDays(29);

        long taken = jdbc.queryForObject("""
                select count(*) from dose_log d join client c on c.id = d.client_id
                join user_account a on a.id = c.account_id
                where a.username = ? and d.status = 'TAKEN' and d.voided_at is null
                  and d.scheduled_for is not null and d.scheduled_for >= ? and d.scheduled_for <= ?""", Long.class,
                username, java.sql.Timestamp.from(from.atStartOfDay(PHOENIX).toInstant()),
                java.sql.Timestamp.from(now));
        long expected = 0;
        List<Map<String, Object>> items = jdbc.queryForList("""
                select i.times, i.start_date, i.discontinued_on from plan_item i
                join medication_plan p on p.id = i.plan_id join client c on c.id = p.client_id
                join user_account a on a.id = c.account_id
                where a.username = ? and i.as_needed = false""", username);
        for (Map<String, Object> item : items) {
            LocalDate start = ((Date) item.get("start_date")).toLocalDate();
            for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
                if (day.isBefore(start) || (item.get("discontinued_on") != null
                        && !day.isBefore(((Date) item.get("discontinued_on")).toLocalDate()))) {
                    continue;
                }
                for (String time : ((String) item.get("times")).split(",")) {
                    if (!day.atTime(LocalTime.parse(time)).atZone(PHOENIX).toInstant().isAfter(now)) {
                        expected++;
                    }
                }
            }
        }
        assertThat(month.taken()).isEqualTo(taken);
        assertThat(month.expected()).isEqualTo(expected);
        assertThat(expected).isGreaterThan(25);
        assertThat(month.percent()).isEqualTo((int) Math.round(taken * 100.0 / expected));
    }
}
