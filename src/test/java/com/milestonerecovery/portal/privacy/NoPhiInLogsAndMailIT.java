package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.RecordsExportService;
import com.milestonerecovery.portal.monitoring.Severity;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.PasswordConfirmed;
import com.milestonerecovery.portal.support.SignedIn;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.support.TestSmtp;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A day of a demo client's care, at the service level: an urgent check-in (mail to the clinician), the care
 * team reading and answering, a refused look and a break-glass, a consent and a disclosure, the client's
 * export and a password reset (mail to the client). Everything logged meanwhile and every mail delivered is
 * scanned for the client's name, their medications and the notes typed: none may appear.
 */
@IntegrationTest
class NoPhiInLogsAndMailIT {

    private static final String CLIENT = "client17"; // clinician's caseload

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired CheckInService checkIns;
    @Autowired CareTeamReview review;
    @Autowired CareTeamNoteService notes;
    @Autowired ClientRoster roster;
    @Autowired ClientAccess access;
    @Autowired PlanEditorService plans;
    @Autowired RecordsExportService exports;
    @Autowired ConsentService consents;
    @Autowired Reauthentication reauthentication;
    @Autowired PasswordResetService resets;

    @Test
    void noNameMedicationOrNoteReachesTheLogOrTheMail() throws Exception {
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = ?", Long.class, CLIENT);
        String name = jdbc.queryForObject("select preferred_name from client where id = ?", String.class, client);
        String email = jdbc.queryForObject("select a.email from client c join user_account a on a.id = c.account_id"
                + " where c.id = ?", String.class, client);
        List<String> medications = jdbc.queryForList("""
                select distinct m.name from plan_item i join medication_plan p on p.id = i.plan_id
                join medication m on m.id = i.medication_id where p.client_id = ?""", String.class, client);
        String checkInNote = "Quarrelled with my sister and nearly used";
        String sideEffect = "Tingling fingertips every evening";
        String staffNote = "Discussed relapse triggers at length";
        String flagReply = "Call us back about the tingling";

        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        TestSmtp smtp = new TestSmtp().start();
        try {
            SignedIn.run(users, CLIENT, () -> checkIns.submit(new CheckInForm(9, 2, null, List.of(), sideEffect,
                    Severity.SEVERE, checkInNote, null, null)));
            SignedIn.run(users, "clinician", () -> {
                roster.profile(client);
                plans.plan(client, Locale.ENGLISH);
                review.checkIns(client, 0, 5);
                review.sideEffects(client, Locale.ENGLISH, 0, 5);
                notes.add(client, staffNote, true);
                long flag = review.flags(client, 0, 1).getFirst().id();
                review.respondToFlag(flag, flagReply);
                consents.record(client, "Banner Health pharmacy", "Current medication list",
                        LocalDate.now().plusMonths(3));
                try {
                    PasswordConfirmed.call(reauthentication,
                            () -> consents.discloseTo(client, "Banner Health pharmacy", Locale.ENGLISH));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            SignedIn.run(users, "clinician2", () -> {
                try {
                    review.checkIns(client, 0, 5);
                } catch (RuntimeException refused) {
                    // expected: outside the caseload; the refusal is logged and audited
                }
                access.breakGlass(client, "Covering for Dr. Whitfield today");
                review.checkIns(client, 0, 5);
            });
            SignedIn.as(users, CLIENT, () -> PasswordConfirmed.call(reauthentication, () -> {
                exports.csv(Locale.ENGLISH);
                return exports.pdf(Locale.ENGLISH);
            }));
            resets.requestReset(email, Locale.ENGLISH);

            await().atMost(Duration.ofSeconds(30)).until(() -> smtp.count("clinician@demo.invalid") >= 1
                    && smtp.count(email) >= 1);

            List<String> sources = new ArrayList<>();
            for (ILoggingEvent event : List.copyOf(logs.list)) {
                sources.add("log: " + event.getFormattedMessage() + throwable(event.getThrowableProxy()));
            }
            for (MimeMessage mail : List.of(smtp.messagesTo("clinician@demo.invalid"))) {
                sources.add("mail to clinician: " + TestSmtp.text(mail));
            }
            for (MimeMessage mail : List.of(smtp.messagesTo(email))) {
                sources.add("mail to client: " + TestSmtp.text(mail));
            }
            assertThat(sources).as("log lines and mails captured").hasSizeGreaterThan(2);

            List<String> forbidden = new ArrayList<>(medications);
            forbidden.addAll(List.of(name, checkInNote, sideEffect, staffNote, flagReply, "Rough evening",
                    "Hard day"));
            List<String> leaks = new ArrayList<>();
            for (String term : forbidden) {
                Pattern word = Pattern.compile("\\b" + Pattern.quote(term) + "\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                sources.stream().filter(s -> word.matcher(s).find())
                        .forEach(s -> leaks.add("'" + term + "' in " + (s.length() > 300 ? s.substring(0, 300) : s)));
            }
            assertThat(medications).isNotEmpty();
            assertThat(leaks).isEmpty();
        } finally {
            root.detachAppender(logs);
            smtp.stop();
        }
    }

    private static String throwable(IThrowableProxy proxy) {
        if (proxy == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        new PrintWriter(out).append("\n").append(ThrowableProxyUtil.asString(proxy)).flush();
        return out.toString();
    }
}
