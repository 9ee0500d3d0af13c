package com.milestonerecovery.portal.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.milestonerecovery.portal.support.Accessibility;
import com.milestonerecovery.portal.support.Browser;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TwoStep;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Chromium: the coordinator books a follow-up for the demo client (Jamie) from a free time on the schedule;
 * Jamie sees it on a phone and asks for another time; the coordinator moves it from the request queue; the clock
 * moves to two hours before the new time and the reminder for the new time (and none for the old) arrives by SMTP
 * with a calendar file that ical4j parses.
 */
@IntegrationTest
class SchedulingJourneyIT {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void start() {
        smtp.start();
        jdbc.update("update client set email_reminders = true, email_may_name_clinic = false where reference = 'C-10001'");
    }

    @AfterEach
    void stop() {
        clock.reset();
        smtp.stop();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void coordinatorBooksClientAsksForAnotherTimeCoordinatorMovesAndTheReminderIsForTheNewTime() throws Exception {
        LocalDate monday = LocalDate.now(PHOENIX).plusWeeks(12).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate tuesday = monday.plusDays(1);
        Instant booked = tuesday.atTime(10, 0).atZone(PHOENIX).toInstant();
        Instant moved = monday.atTime(14, 0).atZone(PHOENIX).toInstant();
        long jamie = jdbc.queryForObject("select id from client where reference = 'C-10001'", Long.class);
        DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");

        // 1. The coordinator books from a free time on Dr. Whitfield's day.
        Page staff = Browser.newPage();
        staff.navigate(url("/login"));
        signIn(staff, "coordinator");
        staff.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        staff.getByText("Schedule").first().click();
        staff.waitForURL(Pattern.compile(".*/staff/schedule$"));
        staff.locator("#schedule-date input").fill(us.format(tuesday));
        staff.locator("#schedule-date input").press("Enter");
        staff.locator("#schedule-clinician").click();
        staff.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Dr. Dana Whitfield")).click();
        staff.locator("#free-" + booked.getEpochSecond()).click();
        staff.locator("#book-client input").fill("Jamie");
        staff.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Jamie")).first().click();
        Accessibility.assertNoSeriousFindings(staff, "/staff/schedule (booking dialog)");
        staff.locator("#book-save").click();
        assertThat(staff.locator("vaadin-notification-card")).containsText("Booked");
        long appointment = jdbc.queryForObject("select id from appointment where client_id = ? and starts_at = ?"
                + " and status = 'SCHEDULED'", Long.class, jamie, Timestamp.from(booked));
        assertThat(staff.locator("#appt-" + appointment)).containsText("Jamie");
        Accessibility.assertNoSeriousFindings(staff, "/staff/schedule");
        staff.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/staff-schedule.png"))
                .setFullPage(true));

        // 2. Jamie, on a phone, sees it and asks for another time.
        Page client = Browser.newPage(390, 844);
        client.navigate(url("/login"));
        signIn(client, "client");
        client.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
        client.navigate(url("/portal/appointments"));
        assertThat(client.locator("#ics-" + appointment)).isVisible();
        client.locator("#request-change-" + appointment).click();
        client.locator("#request-note textarea").fill("Monday afternoon would suit me better");
        client.locator("#request-send").click();
        assertThat(client.locator("#request-pending-" + appointment)).isVisible();
        Accessibility.assertNoSeriousFindings(client, "/portal/appointments (phone)");
        org.assertj.core.api.Assertions.assertThat((Boolean) client.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("fits a 390 px phone").isTrue();
        client.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portal-request.png"))
                .setFullPage(true));

        // 3. The coordinator works the queue: moves it to Monday 14:00.
        staff.navigate(url("/staff/schedule/requests"));
        long request = jdbc.queryForObject("select id from appointment_request where appointment_id = ? and status = 'OPEN'",
                Long.class, appointment);
        assertThat(staff.locator("#requests-grid")).containsText("Monday afternoon would suit me better");
        Accessibility.assertNoSeriousFindings(staff, "/staff/schedule/requests");
        staff.locator("#request-move-" + request).click();
        staff.locator("#move-date input").fill(us.format(monday));
        staff.locator("#move-date input").press("Enter");
        staff.locator("#move-time").click();
        staff.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^2:00")))
                .click();
        staff.locator("#move-reason textarea").fill("As the client asked");
        staff.locator("#move-save").click();
        assertThat(staff.locator("vaadin-notification-card")).containsText("Moved");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select starts_at from appointment where id = ?", Timestamp.class, appointment).toInstant()
                .equals(moved));

        // 4. Two hours before the new time the scheduler sends one reminder, for the new time.
        clock.setInstant(moved.minus(Duration.ofHours(2)).plusSeconds(60));
        await().atMost(Duration.ofSeconds(60)).until(() -> reminders().size() >= 1);
        Thread.sleep(3000); // more scheduler passes: still one
        List<MimeMessage> mails = reminders();
        org.assertj.core.api.Assertions.assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        Calendar calendar = new CalendarBuilder().build(new StringReader(part(mail, "text/calendar")));
        VEvent event = (VEvent) calendar.getComponents().stream().filter(c -> c instanceof VEvent).findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(moved);
        String text = mail.getSubject() + "\n" + part(mail, "text/plain");
        org.assertj.core.api.Assertions.assertThat(text).contains("America/Phoenix", "(602) 555-0100",
                "14001 N. 7th St.").doesNotContainIgnoringCase("follow").doesNotContainIgnoringCase("milestone")
                .doesNotContainIgnoringCase("buprenorphine").doesNotContain("Jamie");
    }

    /** Reminder mails to Jamie for this journey's appointment (the calendar file names its time). */
    private List<MimeMessage> reminders() {
        return Arrays.stream(smtp.messagesTo("client@demo.invalid")).filter(m -> {
            try {
                return m.getSubject().startsWith("Appointment reminder");
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Object content = message.getContent();
        if (!(content instanceof Multipart multipart)) {
            return GreenMailUtil.getBody(message);
        }
        return find(multipart, type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                Object c = part.getContent();
                return c instanceof String s ? s : new String(part.getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void signIn(Page page, String username) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo-Recovery-2026");
        page.locator("input[name='password']").press("Enter");
        TwoStep.afterPassword(page, clock);
    }
}
