package com.milestonerecovery.portal.scheduling;

import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.at;
import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders end to end on MariaDB and a real SMTP server: exactly once per appointment and offset with several
 * scheduler instances on one database, none for cancelled or moved times, nothing health-related in the mail, and
 * what a restart after downtime sends.
 */
@IntegrationTest
class ReminderIT {

    private final TestSmtp smtp = new TestSmtp();
    private final List<Scheduler> extraSchedulers = new ArrayList<>();

    @Autowired
    ReminderJob job;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    long clinician;

    @BeforeEach
    void start() {
        smtp.start();
        clinician = SchedulingFixtures.accountId(jdbc, "clinician");
    }

    @AfterEach
    void stop() {
        extraSchedulers.forEach(Scheduler::stop);
        clock.reset();
        smtp.stop();
    }

    /** Another app server's db-scheduler on the same database, running the same recurring task. */
    private void startScheduler(String name) {
        Scheduler scheduler = Scheduler.create(dataSource).startTasks(ReminderSchedule.task(job, Duration.ofMillis(200)))
                .schedulerName(new SchedulerName.Fixed(name)).pollingInterval(Duration.ofMillis(200)).threads(2)
                .alwaysPersistTimestampInUTC().build();
        scheduler.start();
        extraSchedulers.add(scheduler);
    }

    private int received(long clientId) {
        return smtp.count(SchedulingFixtures.email(jdbc, clientId));
    }

    @Test
    void withSeveralSchedulerInstancesEachReminderArrivesExactlyOnce() throws Exception {
        LocalDate day = monday(60);
        Instant now = at(day, "12:00");
        Instant booked = now.minus(Duration.ofDays(3));
        clock.setInstant(booked);

        List<Long> due = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long c = SchedulingFixtures.newClient(jdbc, "rem" + i, clinician);
            SchedulingFixtures.insertAppointment(jdbc, c, clinician, now.plus(Duration.ofHours(3 + i * 3L)), booked);
            due.add(c);
        }
        long telehealth = due.getFirst();
        jdbc.update("update appointment set location = null, telehealth_url = 'https://telehealth.example/room/42' "
                + "where client_id = ?", telehealth);
        long named = due.get(1);
        jdbc.update("update client set email_may_name_clinic = true where id = ?", named);
        long optedOut = SchedulingFixtures.newClient(jdbc, "rem-optout", clinician);
        jdbc.update("update client set email_reminders = false where id = ?", optedOut);
        SchedulingFixtures.insertAppointment(jdbc, optedOut, clinician, now.plus(Duration.ofHours(4)), booked);
        long cancelled = SchedulingFixtures.newClient(jdbc, "rem-cancelled", clinician);
        long cancelledId = SchedulingFixtures.insertAppointment(jdbc, cancelled, clinician,
                now.plus(Duration.ofHours(5)), booked);
        jdbc.update("update appointment set status = 'CANCELLED' where id = ?", cancelledId);
        long moved = SchedulingFixtures.newClient(jdbc, "rem-moved", clinician);
        long movedId = SchedulingFixtures.insertAppointment(jdbc, moved, clinician, now.plus(Duration.ofHours(6)),
                booked);
        // moved two days later, yesterday: the old time's reminder must not go out, the new one is not due yet
        jdbc.update("update appointment set starts_at = ?, ends_at = ?, time_set_at = ? where id = ?",
                java.sql.Timestamp.from(now.plus(Duration.ofDays(2))),
                java.sql.Timestamp.from(now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(30))),
                java.sql.Timestamp.from(now.minus(Duration.ofDays(1))), movedId);

        startScheduler("second-server");
        startScheduler("third-server");
        // and two passes at the very same moment outside any scheduler: only the database key stands between them
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        clock.setInstant(now);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                go.await();
                return job.sendDue();
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(30)).until(() -> due.stream().allMatch(c -> received(c) >= 1));
        Thread.sleep(4000); // several more passes of every scheduler
        for (long c : due) {
            assertThat(received(c)).as("client %d", c).isEqualTo(1);
        }
        assertThat(received(optedOut)).isZero();
        assertThat(received(cancelled)).isZero();
        assertThat(received(moved)).isZero();
        assertThat(jdbc.queryForObject("select outcome from appointment_reminder r join appointment a "
                + "on a.id = r.appointment_id where a.client_id = ?", String.class, optedOut)).isEqualTo("OPTED_OUT");

        for (long c : due) {
            MimeMessage mail = smtp.messagesTo(SchedulingFixtures.email(jdbc, c))[0];
            String text = ReminderMails.text(mail);
            Instant start = jdbc.queryForObject("select starts_at from appointment where client_id = ?",
                    java.sql.Timestamp.class, c).toInstant();
            assertThat(ReminderMails.eventStart(mail)).isEqualTo(start);
            assertThat(text).contains("America/Phoenix", "(602) 555-0100").doesNotContainIgnoringCase("follow")
                    .doesNotContainIgnoringCase("medication").doesNotContainIgnoringCase("review")
                    .doesNotContainIgnoringCase("seguimiento").doesNotContainIgnoringCase("Synthetic")
                    .doesNotContainIgnoringCase("buprenorphine").doesNotContainIgnoringCase("addiction");
            assertThat(ReminderMails.ics(mail)).doesNotContainIgnoringCase("follow")
                    .doesNotContainIgnoringCase("recovery").contains("SUMMARY:Appointment");
            if (c == named) {
                assertThat(mail.getSubject()).contains("Milestone Recovery");
            } else {
                assertThat(text).doesNotContainIgnoringCase("milestone").doesNotContainIgnoringCase("recovery");
            }
            if (c == telehealth) {
                assertThat(text).contains("https://telehealth.example/room/42").doesNotContain("14001 N. 7th St.");
            } else {
                assertThat(text).contains("14001 N. 7th St. Ste C-106, Phoenix, AZ 85022");
            }
        }
    }

    @Test
    void afterDowntimeRemindersStillDueAreSentAndThoseForAppointmentsThatBeganAreNot() {
        LocalDate day = monday(62);
        Instant restart = at(day, "12:00");
        Instant booked = restart.minus(Duration.ofDays(3));
        clock.setInstant(booked);
        long later = SchedulingFixtures.newClient(jdbc, "down-later", clinician);
        long laterId = SchedulingFixtures.insertAppointment(jdbc, later, clinician, restart.plus(Duration.ofHours(10)),
                booked);
        long begun = SchedulingFixtures.newClient(jdbc, "down-begun", clinician);
        SchedulingFixtures.insertAppointment(jdbc, begun, clinician, restart.minus(Duration.ofHours(1)), booked);
        long soon = SchedulingFixtures.newClient(jdbc, "down-soon", clinician);
        long soonId = SchedulingFixtures.insertAppointment(jdbc, soon, clinician, restart.plus(Duration.ofHours(1)),
                booked);

        // The servers were down from before any reminder was due until "restart"; then one comes back.
        clock.setInstant(restart);
        startScheduler("restarted-server");
        await().atMost(Duration.ofSeconds(30)).until(() -> received(later) == 1 && received(soon) == 1);
        assertThat(received(begun)).isZero();
        assertThat(jdbc.queryForList("select concat(offset_minutes, ':', outcome) from appointment_reminder "
                + "where appointment_id = ? order by offset_minutes", String.class, soonId))
                .containsExactly("120:SENT", "1440:SUPERSEDED");
        assertThat(jdbc.queryForList("select offset_minutes from appointment_reminder where appointment_id = ?",
                Integer.class, laterId)).containsExactly(1440);

        // two hours before the later appointment, its second reminder
        clock.setInstant(restart.plus(Duration.ofHours(8)).plusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> received(later) == 2);
        assertThat(received(soon)).isEqualTo(1);
        assertThat(received(begun)).isZero();
    }
}
