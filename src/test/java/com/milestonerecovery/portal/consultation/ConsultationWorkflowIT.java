package com.milestonerecovery.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.client.ClientEnrollment;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.client.NewClient;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.milestonerecovery.portal.security.TokenPurpose;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triage and enrolment on the real MariaDB, with the invitation delivered to a real SMTP server. Each test makes
 * its own requests with a marker in the name, so requests other tests leave in the shared database never count.
 */
@IntegrationTest
class ConsultationWorkflowIT {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final Pattern LINK = Pattern.compile("/activate/([A-Za-z0-9_-]{43})");

    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationTriageService triage;
    @Autowired
    ConsultationEnrollmentService enrollment;
    @Autowired
    PasswordResetService resets;
    @Autowired
    SubmissionRateLimiter rateLimiter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AccountService accounts;
    @Autowired
    ClientEnrollment clientEnrollment;
    @Autowired
    PlatformTransactionManager transactions;

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        clock.reset();
    }

    // ----------------------------------------------------------------------------------------------- workflow

    @Test
    @WithUserDetails("clinician")
    void aRequestMovesAlongTheWorkflowAndEveryStepSaysWhoAndWhen() {
        ConsultationDetail created = submit(marker("Flow"), "en", ContactMethod.PHONE, null, false);
        Instant contactedAt = Instant.parse("2026-03-02T17:15:00Z");
        clock.setInstant(contactedAt);

        ConsultationDetail contacted = triage.changeStatus(created.id(), created.version(),
                ConsultationStatus.CONTACTED, "  Spoke on the phone; wants mornings.  ");
        assertThat(contacted.status()).isEqualTo(ConsultationStatus.CONTACTED);
        assertThat(contacted.statusChangedAt()).isEqualTo(contactedAt);
        assertThat(contacted.version()).isGreaterThan(created.version());
        assertThat(contacted.history()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ConsultationEventKind.STATUS);
            assertThat(e.fromStatus()).isEqualTo(ConsultationStatus.NEW);
            assertThat(e.toStatus()).isEqualTo(ConsultationStatus.CONTACTED);
            assertThat(e.actorId()).isEqualTo(accountId("clinician"));
            assertThat(e.actorName()).isEqualTo("Dr. Dana Whitfield");
            assertThat(e.occurredAt()).isEqualTo(contactedAt);
            assertThat(e.note()).isEqualTo("Spoke on the phone; wants mornings.");
        });

        clock.setInstant(contactedAt.plusSeconds(3600));
        ConsultationDetail scheduled = triage.changeStatus(created.id(), contacted.version(),
                ConsultationStatus.SCHEDULED, null);
        assertThat(scheduled.status()).isEqualTo(ConsultationStatus.SCHEDULED);
        assertThat(scheduled.history()).extracting(ConsultationHistoryEntry::toStatus)
                .containsExactly(ConsultationStatus.CONTACTED, ConsultationStatus.SCHEDULED);
        assertThat(jdbc.queryForObject("select status_changed_at from consultation_request where id = ?",
                java.sql.Timestamp.class, created.id()).toInstant()).isEqualTo(contactedAt.plusSeconds(3600));
        assertThat(consultations.get(created.id()).history()).hasSize(2);
    }

    @Test
    @WithUserDetails("coordinator")
    void transitionsOutsideTheWorkflowAreRefusedAndChangeNothing() {
        ConsultationDetail request = submit(marker("Refused"), "en", ContactMethod.PHONE, null, false);

        for (ConsultationStatus target : List.of(ConsultationStatus.NEW, ConsultationStatus.SCHEDULED,
                ConsultationStatus.ENROLLED)) {
            assertThatThrownBy(() -> triage.changeStatus(request.id(), request.version(), target, null))
                    .as(target.name()).isInstanceOf(TriageException.class).hasMessage("triage.error.transition");
        }
        assertThatThrownBy(() -> triage.changeStatus(request.id(), request.version(), null, null))
                .isInstanceOf(TriageException.class);
        assertThat(consultations.get(request.id())).satisfies(d -> {
            assertThat(d.status()).isEqualTo(ConsultationStatus.NEW);
            assertThat(d.version()).isEqualTo(request.version());
            assertThat(d.history()).isEmpty();
        });

        ConsultationDetail declined = triage.changeStatus(request.id(), request.version(),
                ConsultationStatus.DECLINED, "Chose another program.");
        for (ConsultationStatus target : ConsultationStatus.values()) {
            assertThatThrownBy(() -> triage.changeStatus(request.id(), declined.version(), target, null))
                    .as(target.name()).isInstanceOf(TriageException.class).hasMessage("triage.error.final");
        }
        assertThatThrownBy(() -> triage.assign(request.id(), declined.version(), accountId("coordinator")))
                .isInstanceOf(TriageException.class).hasMessage("triage.error.final");
        assertThat(consultations.get(request.id()).history()).hasSize(1);
    }

    @Test
    void theWorkflowRulesThemselves() {
        assertThat(ConsultationStatus.NEW.nextSteps()).containsExactlyInAnyOrder(ConsultationStatus.CONTACTED,
                ConsultationStatus.DECLINED, ConsultationStatus.CLOSED);
        assertThat(ConsultationStatus.CONTACTED.nextSteps()).containsExactlyInAnyOrder(
                ConsultationStatus.SCHEDULED, ConsultationStatus.DECLINED, ConsultationStatus.CLOSED);
        assertThat(ConsultationStatus.SCHEDULED.nextSteps()).containsExactlyInAnyOrder(ConsultationStatus.DECLINED,
                ConsultationStatus.CLOSED);
        for (ConsultationStatus status : EnumSet.of(ConsultationStatus.ENROLLED, ConsultationStatus.DECLINED,
                ConsultationStatus.CLOSED)) {
            assertThat(status.isFinal()).isTrue();
            assertThat(status.nextSteps()).isEmpty();
            assertThat(status.canEnroll()).isFalse();
        }
        assertThat(ConsultationStatus.NEW.canEnroll()).isFalse();
        assertThat(ConsultationStatus.CONTACTED.canEnroll()).isTrue();
        assertThat(ConsultationStatus.SCHEDULED.canEnroll()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator")
    void aChangeBasedOnAnOldVersionIsRefused() {
        ConsultationDetail seen = submit(marker("Stale"), "en", ContactMethod.PHONE, null, false);
        ConsultationDetail changed = triage.assign(seen.id(), seen.version(), accountId("clinician"));

        assertThatThrownBy(() -> triage.changeStatus(seen.id(), seen.version(), ConsultationStatus.CONTACTED, null))
                .isInstanceOf(StaleConsultationException.class).hasMessage("triage.error.stale");
        assertThatThrownBy(() -> triage.assign(seen.id(), seen.version(), accountId("clinician2")))
                .isInstanceOf(StaleConsultationException.class);
        assertThatThrownBy(() -> enrollment.enroll(seen.id(), seen.version(), null))
                .isInstanceOf(StaleConsultationException.class);
        ConsultationDetail now = consultations.get(seen.id());
        assertThat(now.status()).isEqualTo(ConsultationStatus.NEW);
        assertThat(now.assigneeName()).isEqualTo("Dr. Dana Whitfield");
        assertThat(now.version()).isEqualTo(changed.version());
        assertThat(now.history()).hasSize(1);
    }

    @Test
    @WithUserDetails("coordinator")
    void notesAreOneTo2000CharactersOfPlainTextKeptAsTyped() {
        ConsultationDetail request = submit(marker("Notes"), "en", ContactMethod.PHONE, null, false);

        assertThatThrownBy(() -> triage.addNote(request.id(), "   ")).isInstanceOf(TriageException.class)
                .hasMessage("triage.error.noteRequired");
        assertThatThrownBy(() -> triage.addNote(request.id(), null)).hasMessage("triage.error.noteRequired");
        assertThatThrownBy(() -> triage.addNote(request.id(), "x".repeat(2001)))
                .hasMessage("triage.error.noteTooLong");
        assertThatThrownBy(() -> triage.addNote(request.id(), "bell\u0007"))
                .hasMessage("consultation.error.characters");
        assertThatThrownBy(() -> triage.changeStatus(request.id(), request.version(), ConsultationStatus.CONTACTED,
                "y".repeat(2001))).hasMessage("triage.error.noteTooLong");
        assertThat(consultations.get(request.id()).history()).isEmpty();

        triage.addNote(request.id(), "x".repeat(2000));
        ConsultationDetail after = triage.addNote(request.id(), "<b>Call back</b>\nafter 5 pm");
        assertThat(after.history()).extracting(ConsultationHistoryEntry::note)
                .containsExactly("x".repeat(2000), "<b>Call back</b>\nafter 5 pm");
        assertThat(after.history()).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ConsultationEventKind.NOTE));
        assertThat(after.version()).as("a note does not change the request").isEqualTo(request.version());
    }

    @Test
    @WithUserDetails("coordinator")
    void requestsGoOnlyToActiveCliniciansAndCoordinators() {
        ConsultationDetail request = submit(marker("Assign"), "en", ContactMethod.PHONE, null, false);
        long disabled = disabledClinician();
        for (long nobody : new long[] {accountId("admin"), accountId("client"), disabled, -1L}) {
            assertThatThrownBy(() -> triage.assign(request.id(), request.version(), nobody))
                    .isInstanceOf(TriageException.class).hasMessage("triage.error.assignee");
        }
        assertThat(triage.assignableStaff()).extracting(s -> s.displayName())
                .contains("Dr. Dana Whitfield", "Dr. Luis Carrillo", "Corey Coordinator")
                .doesNotContain("Avery Admin", "Jamie Demo");
        assertThat(triage.assignableStaff()).extracting(s -> s.id()).doesNotContain(disabled);

        ConsultationDetail assigned = triage.assign(request.id(), request.version(), accountId("clinician2"));
        assertThat(assigned.assigneeId()).isEqualTo(accountId("clinician2"));
        assertThat(assigned.assigneeName()).isEqualTo("Dr. Luis Carrillo");
        ConsultationDetail unassigned = triage.assign(request.id(), assigned.version(), null);
        assertThat(unassigned.assigneeId()).isNull();
        assertThat(unassigned.history()).extracting(ConsultationHistoryEntry::kind)
                .containsExactly(ConsultationEventKind.ASSIGNMENT, ConsultationEventKind.ASSIGNMENT);
        assertThat(unassigned.history()).extracting(ConsultationHistoryEntry::assigneeName)
                .containsExactly("Dr. Luis Carrillo", null);
        assertThat(unassigned.history()).extracting(ConsultationHistoryEntry::actorName)
                .containsOnly("Corey Coordinator");
    }

    // ------------------------------------------------------------------------------------------ list filters

    @Test
    @WithUserDetails("coordinator")
    void theListFiltersSortsAndPagesInTheDatabase() {
        String tag = marker("List");
        LocalDate day = LocalDate.now(PHOENIX).minusDays(10);
        // Late evening in Phoenix is already the next day in UTC: the filter must use the clinic's days.
        clock.setInstant(day.atTime(23, 30).atZone(PHOENIX).toInstant());
        ConsultationDetail a = submit(tag + " Alpha", "en", ContactMethod.PHONE, null, false);
        clock.setInstant(day.plusDays(1).atTime(9, 0).atZone(PHOENIX).toInstant());
        ConsultationDetail b = submit(tag + " Bravo", "en", ContactMethod.PHONE, null, false);
        clock.reset();
        ConsultationDetail c = submit(tag + " Charlie", "en", ContactMethod.PHONE, null, false);
        triage.assign(a.id(), a.version(), accountId("coordinator"));
        ConsultationDetail bAssigned = triage.assign(b.id(), b.version(), accountId("clinician"));
        triage.changeStatus(b.id(), bAssigned.version(), ConsultationStatus.CONTACTED, null);

        Sort byName = Sort.by("preferredName");
        assertThat(names(filter(tag, null, null, null, AssigneeFilter.anyone()), PageRequest.of(0, 10, byName)))
                .containsExactly(tag + " Alpha", tag + " Bravo", tag + " Charlie");
        Page<ConsultationSummary> first = consultations.search(filter(tag, null, null, null, AssigneeFilter.anyone()),
                PageRequest.of(0, 2, byName.descending()));
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(ConsultationSummary::preferredName)
                .containsExactly(tag + " Charlie", tag + " Bravo");
        assertThat(names(filter(tag, null, null, null, AssigneeFilter.anyone()),
                PageRequest.of(1, 2, byName.descending()))).containsExactly(tag + " Alpha");

        assertThat(names(filter(tag, ConsultationStatus.CONTACTED, null, null, AssigneeFilter.anyone()), all()))
                .containsExactly(tag + " Bravo");
        assertThat(names(filter(tag, null, day, day, AssigneeFilter.anyone()), all())).containsExactly(tag + " Alpha");
        assertThat(names(filter(tag, null, day.plusDays(1), null, AssigneeFilter.anyone()), all()))
                .containsExactlyInAnyOrder(tag + " Bravo", tag + " Charlie");
        assertThat(names(filter(tag, null, null, day.plusDays(1), AssigneeFilter.anyone()), all()))
                .containsExactlyInAnyOrder(tag + " Alpha", tag + " Bravo");
        assertThat(names(filter(tag, null, null, null, AssigneeFilter.me()), all())).containsExactly(tag + " Alpha");
        assertThat(names(filter(tag, null, null, null, AssigneeFilter.unassigned()), all()))
                .containsExactly(tag + " Charlie");
        assertThat(names(filter(tag, null, null, null, AssigneeFilter.account(accountId("clinician"))), all()))
                .containsExactly(tag + " Bravo");
        assertThat(consultations.search(filter(tag, null, null, null, AssigneeFilter.anyone()), all()).getContent())
                .filteredOn(s -> s.id().equals(b.id())).singleElement().satisfies(s -> {
                    assertThat(s.assigneeName()).isEqualTo("Dr. Dana Whitfield");
                    assertThat(s.status()).isEqualTo(ConsultationStatus.CONTACTED);
                });
        assertThat(names(filter(c.reference(), null, null, null, AssigneeFilter.anyone()), all()))
                .containsExactly(tag + " Charlie");
        assertThat(names(filter("%", null, null, null, AssigneeFilter.unassigned()), all()))
                .as("LIKE wildcards in the search text are literal").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- enrolment

    @Test
    @WithUserDetails("coordinator")
    void enrolmentCreatesAccountClientLinkAndAuditAndInvitesWithoutHealthDetailOrTheClinicName() {
        String email = unique("quiet") + "@example.org";
        ConsultationDetail request = contacted(submitForm(new ConsultationForm(UUID.randomUUID().toString(),
                marker("Avery Quiet"), ContactMethod.EMAIL, "(602) 555-0148", email, "evenings", false,
                EnumSet.of(Concern.RELAPSE), "methadone 60 mg", "I relapsed on fentanyl last month", "a friend",
                true, null, "en")));

        EnrollmentDraft draft = enrollment.prepareEnrollment(request.id());
        assertThat(draft.form().email()).isEqualTo(email);
        assertThat(draft.form().phone()).isEqualTo("+16025550148");
        assertThat(draft.form().username()).matches("[a-z0-9._-]{3,64}").startsWith("avery.quiet");
        assertThat(draft.form().preferences()).isEqualTo(new ContactPreferences(true, false, false));
        assertThat(draft.clinicians()).extracting(s -> s.displayName())
                .contains("Dr. Dana Whitfield", "Dr. Luis Carrillo").doesNotContain("Corey Coordinator");
        long audits = count("select count(*) from audit_event where action = 'ENROLLMENT'");

        String username = unique("wf"); // sorts after the demo "client": AccountServiceIT pages from there
        EnrollmentResult result = enrollment.enroll(request.id(), draft.version(), new EnrollmentForm("Avery",
                email, draft.form().phone(), username, accountId("clinician"), draft.form().preferences()));

        assertThat(result.clientReference()).matches("C-\\d{5}");
        assertThat(result.username()).isEqualTo(username);
        assertThat(result.request().status()).isEqualTo(ConsultationStatus.ENROLLED);
        assertThat(result.request().clientReference()).isEqualTo(result.clientReference());
        assertThat(result.request().history()).last().satisfies(e -> {
            assertThat(e.toStatus()).isEqualTo(ConsultationStatus.ENROLLED);
            assertThat(e.actorName()).isEqualTo("Corey Coordinator");
        });
        var account = jdbc.queryForMap("select id, email, display_name, password_hash from user_account "
                + "where username = ?", username);
        assertThat(account.get("password_hash")).isNull();
        assertThat(account.get("email")).isEqualTo(email);
        assertThat(jdbc.queryForList("select role from user_account_role where user_account_id = ?", String.class,
                account.get("id"))).containsExactly("CLIENT");
        var client = jdbc.queryForMap("select id, reference, preferred_name, primary_clinician_id, phone, "
                + "email_may_name_clinic, voicemail_may_name_clinic from client where account_id = ?",
                account.get("id"));
        assertThat(client.get("reference")).isEqualTo(result.clientReference());
        assertThat(client.get("preferred_name")).isEqualTo("Avery");
        assertThat(((Number) client.get("primary_clinician_id")).longValue()).isEqualTo(accountId("clinician"));
        assertThat(client.get("phone")).isEqualTo("+16025550148");
        assertThat(client.get("email_may_name_clinic")).isEqualTo(false);
        assertThat(client.get("voicemail_may_name_clinic")).isEqualTo(false);
        assertThat(jdbc.queryForObject("select client_id from consultation_request where id = ?", Long.class,
                request.id())).isEqualTo(((Number) client.get("id")).longValue());
        assertThat(count("select count(*) from audit_event where action = 'ENROLLMENT'")).isEqualTo(audits + 1);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'ENROLLMENT' and client_id = ?",
                String.class, client.get("id"))).isEqualTo("consultation request " + request.id());

        MimeMessage invitation = mailTo(email);
        String text = TestSmtp.text(invitation);
        assertThat(subject(invitation)).isEqualTo("Your secure account");
        assertThat(text).contains(username);
        assertThat(text.toLowerCase()).doesNotContain("milestone", "recovery", "fentanyl", "relapse", "methadone",
                "clinic", "addiction", "avery", "555-0148", "evenings", "friend", "medication", "treatment");

        String token = token(text);
        assertThat(resets.check(token)).contains(TokenPurpose.ACTIVATION);
        resets.complete(token, "lantern harbor quiet morning");
        Authentication signedIn = signIn(username, "lantern harbor quiet morning");
        assertThat(signedIn.getAuthorities()).extracting(a -> a.getAuthority()).contains("ROLE_CLIENT")
                .doesNotContain("ROLE_CLINICIAN", "ROLE_COORDINATOR", "ROLE_ADMIN");

        assertThat(resets.check(token)).as("the link works once").isEmpty();
        assertThatThrownBy(() -> resets.complete(token, "another long passphrase"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("reset.error.link");
    }

    @Test
    @WithUserDetails("clinician2")
    void theInvitationIsInTheRequestsLanguageAndNamesTheClinicWhenAllowed() {
        String email = unique("abierto") + "@example.com";
        ConsultationDetail request = contacted(submit(marker("Marisol"), "es", ContactMethod.EITHER, email, true));
        EnrollmentDraft draft = enrollment.prepareEnrollment(request.id());
        assertThat(draft.form().preferences()).isEqualTo(new ContactPreferences(true, true, true));

        String username = unique("marisol");
        enrollment.enroll(request.id(), draft.version(), new EnrollmentForm(draft.form().preferredName(), email, null,
                username, accountId("clinician2"), draft.form().preferences()));

        MimeMessage invitation = mailTo(email);
        assertThat(subject(invitation)).isEqualTo("Su cuenta del portal de clientes de Milestone Recovery");
        assertThat(TestSmtp.text(invitation)).contains("Hola", "Milestone Recovery", "72 horas", username)
                .containsPattern(LINK.pattern());
    }

    @Test
    @WithUserDetails("coordinator")
    void anInvitationLinkExpiresAfter72Hours() {
        String email = unique("late") + "@example.org";
        ConsultationDetail request = contacted(submit(marker("Late"), "en", ContactMethod.EMAIL, email, true));
        EnrollmentDraft draft = enrollment.prepareEnrollment(request.id());
        String username = unique("late");
        enrollment.enroll(request.id(), draft.version(), new EnrollmentForm("Late", email, null, username,
                accountId("clinician"), draft.form().preferences()));
        String text = TestSmtp.text(mailTo(email));
        assertThat(subject(mailTo(email))).isEqualTo("Your Milestone Recovery client portal account");
        String token = token(text);

        clock.setInstant(Instant.now().plus(Duration.ofHours(71)));
        assertThat(resets.check(token)).contains(TokenPurpose.ACTIVATION);
        clock.setInstant(Instant.now().plus(Duration.ofHours(72)).plusSeconds(60));
        assertThat(resets.check(token)).isEmpty();
        assertThatThrownBy(() -> resets.complete(token, "a perfectly long passphrase"))
                .isInstanceOf(PasswordChangeException.class).hasMessage("reset.error.link");
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                username)).isNull();
    }

    @Test
    @WithUserDetails("coordinator")
    void aTakenUsernameOrEmailLeavesNothingBehindAndQueuesNoMail() {
        String email = unique("dupe") + "@example.org";
        ConsultationDetail request = contacted(submit(marker("Dupe"), "en", ContactMethod.EMAIL, email, true));
        long accounts = count("select count(*) from user_account");
        long clients = count("select count(*) from client");
        long audits = count("select count(*) from audit_event");
        long events = request.history().size();
        String mailSql = "select count(*) from outbox_message where recipient in ('" + email
                + "', 'client01@demo.invalid')";
        long mails = count(mailSql);

        assertThatThrownBy(() -> enrollment.enroll(request.id(), request.version(), new EnrollmentForm("Dupe",
                email, null, "clinician", accountId("clinician"), new ContactPreferences(true, true, true))))
                .isInstanceOfSatisfying(InvalidEnrollmentException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("username", "account.error.usernameTaken")));
        assertThatThrownBy(() -> enrollment.enroll(request.id(), request.version(), new EnrollmentForm("Dupe",
                "client01@demo.invalid", null, unique("dupe"), accountId("clinician"),
                new ContactPreferences(true, true, true))))
                .isInstanceOfSatisfying(InvalidEnrollmentException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("email", "account.error.emailTaken")));

        assertThat(count("select count(*) from user_account")).isEqualTo(accounts);
        assertThat(count("select count(*) from client")).isEqualTo(clients);
        assertThat(count("select count(*) from audit_event")).isEqualTo(audits);
        ConsultationDetail after = consultations.get(request.id());
        assertThat(after.status()).isEqualTo(ConsultationStatus.CONTACTED);
        assertThat(after.clientId()).isNull();
        assertThat(after.history()).hasSize((int) events);
        assertThat(count(mailSql)).isEqualTo(mails);
    }

    @Test
    @WithUserDetails("coordinator")
    void badEnrolmentFieldsAreExplainedFieldByFieldAndARequestMustBeContactedFirst() {
        ConsultationDetail fresh = submit(marker("Fresh"), "en", ContactMethod.PHONE, null, false);
        assertThatThrownBy(() -> enrollment.prepareEnrollment(fresh.id())).isInstanceOf(TriageException.class)
                .hasMessage("triage.error.enrollStatus");
        assertThatThrownBy(() -> enrollment.enroll(fresh.id(), fresh.version(), new EnrollmentForm("Fresh",
                unique("fresh") + "@example.org", null, unique("fresh"), accountId("clinician"), null)))
                .isInstanceOf(TriageException.class).hasMessage("triage.error.enrollStatus");

        ConsultationDetail request = contacted(fresh);
        assertThatThrownBy(() -> enrollment.enroll(request.id(), request.version(), new EnrollmentForm(" ",
                "not an email", "123", "AB", accountId("coordinator"), null)))
                .isInstanceOfSatisfying(InvalidEnrollmentException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(
                                new FieldError("preferredName", "triage.enroll.error.nameRequired"),
                                new FieldError("email", "consultation.error.emailInvalid"),
                                new FieldError("phone", "consultation.error.phoneInvalid"),
                                new FieldError("username", "triage.enroll.error.usernameInvalid"),
                                new FieldError("primaryClinician", "triage.enroll.error.clinician")));
        assertThatThrownBy(() -> enrollment.enroll(request.id(), request.version(), new EnrollmentForm("Fresh",
                null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidEnrollmentException.class, e -> assertThat(e.errors())
                        .contains(new FieldError("email", "triage.enroll.error.emailRequired"),
                                new FieldError("username", "triage.enroll.error.usernameRequired")));
        assertThat(consultations.get(request.id()).status()).isEqualTo(ConsultationStatus.CONTACTED);
    }

    @Test
    void theDemoDataHasRequestsInEveryStatusWithHistory() {
        assertThat(jdbc.queryForList("select distinct status from consultation_request "
                + "where submission_token like 'demo-consultation-%'", String.class))
                .containsExactlyInAnyOrder("NEW", "CONTACTED", "SCHEDULED", "ENROLLED", "DECLINED", "CLOSED");
        assertThat(count("""
                select count(*) from consultation_request r join client c on c.id = r.client_id
                where r.submission_token in ('demo-consultation-08', 'demo-consultation-09')
                and r.status = 'ENROLLED'""")).as("the journey may enrol another one").isEqualTo(2);
        assertThat(count("""
                select count(*) from consultation_event e join consultation_request r on r.id = e.request_id
                where r.submission_token like 'demo-consultation-%'""")).isGreaterThan(10);
        assertThat(count("""
                select count(*) from consultation_request where submission_token like 'demo-consultation-%'
                and status = 'CONTACTED' and may_identify_clinic = false""")).isPositive();
    }

    // ------------------------------------------------------------------------------------------------- roles

    @Test
    @WithUserDetails("coordinator")
    void theCareTeamInvitesClientAccountsOnlyAndOnlyOnce() {
        assertThatThrownBy(() -> accounts.createInvitedClient(new NewAccount(unique("staff"),
                unique("staff") + "@example.org", "Not Staff", Set.of(Role.CLINICIAN), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createInvitedClient(new NewAccount(unique("pw"),
                unique("pw") + "@example.org", "Has Password", Set.of(Role.CLIENT), "a long enough password")))
                .isInstanceOf(AccessDeniedException.class);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> resets.issueActivation(accountId("admin"))))
                .as("an account that has a password").isInstanceOf(IllegalStateException.class);
        long invitedStaff = disabledClinician();
        jdbc.update("update user_account set enabled = true where id = ?", invitedStaff);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> resets.issueActivation(invitedStaff)))
                .as("a staff account without a password").isInstanceOf(AccessDeniedException.class);
        jdbc.update("update user_account set enabled = false where id = ?", invitedStaff);
    }

    @Test
    @WithMockUser(roles = "CLIENT")
    void clientsMayUseNoneOfIt() {
        assertAllRefused(careTeamOnlyCalls(true), AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminsMayNotTriageOrEnrol() {
        assertAllRefused(careTeamOnlyCalls(false), AuthorizationDeniedException.class);
    }

    @Test
    void anonymousMayUseNoneOfIt() {
        assertAllRefused(careTeamOnlyCalls(true), AuthenticationException.class);
    }

    private static void assertAllRefused(List<ThrowingCallable> calls, Class<? extends Exception> refusal) {
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i)).as("call " + i).isInstanceOf(refusal);
        }
    }

    /** Every new public method for the care team; with {@code staffToo}, those any staff member may call. */
    private List<ThrowingCallable> careTeamOnlyCalls(boolean staffToo) {
        ContactPreferences preferences = new ContactPreferences(true, true, true);
        List<ThrowingCallable> calls = new java.util.ArrayList<>(List.of(
                () -> consultations.list(null, PageRequest.of(0, 10)),
                () -> consultations.search(ConsultationFilter.all(), PageRequest.of(0, 10)),
                () -> consultations.get(1L),
                () -> triage.changeStatus(1L, 0L, ConsultationStatus.CONTACTED, null),
                () -> triage.assign(1L, 0L, null),
                () -> triage.addNote(1L, "note"),
                () -> triage.assignableStaff(),
                () -> enrollment.prepareEnrollment(1L),
                () -> enrollment.enroll(1L, 0L, new EnrollmentForm("A", "a@example.org", null, "abc", 1L,
                        preferences)),
                () -> clientEnrollment.enroll(new NewClient(1L, "A", 1L, null, preferences)),
                () -> clientEnrollment.reference(1L),
                () -> accounts.createInvitedClient(new NewAccount("abc.def", "abc.def@example.org", "A",
                        Set.of(Role.CLIENT), null)),
                () -> accounts.careTeam(),
                () -> accounts.hasEnabledRole(1L, Role.CLINICIAN),
                () -> accounts.isUsernameTaken("abc"),
                () -> accounts.isEmailTaken("abc@example.org")));
        if (staffToo) {
            calls.add(() -> accounts.displayNames(List.of(1L)));
            calls.add(() -> resets.issueActivation(1L));
        }
        return calls;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String marker(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private ConsultationDetail submit(String name, String language, ContactMethod method, String email,
            boolean mayIdentify) {
        String phone = method.usesPhone() ? "(480) 555-0123" : null;
        return submitForm(new ConsultationForm(UUID.randomUUID().toString(), name, method, phone, email, null,
                mayIdentify, Set.of(), null, "private message", null, true, null, language));
    }

    private ConsultationDetail submitForm(ConsultationForm form) {
        rateLimiter.reset();
        String reference = consultations.submit(form, "198.51.100.77").reference();
        long id = jdbc.queryForObject("select id from consultation_request where reference = ?", Long.class,
                reference);
        return consultations.get(id);
    }

    private ConsultationDetail contacted(ConsultationDetail request) {
        return triage.changeStatus(request.id(), request.version(), ConsultationStatus.CONTACTED, null);
    }

    private static ConsultationFilter filter(String text, ConsultationStatus status, LocalDate from, LocalDate to,
            AssigneeFilter assignee) {
        return new ConsultationFilter(text, status, from, to, assignee);
    }

    private static PageRequest all() {
        return PageRequest.of(0, 50, Sort.by("createdAt"));
    }

    private List<String> names(ConsultationFilter filter, PageRequest page) {
        return consultations.search(filter, page).map(ConsultationSummary::preferredName).getContent();
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private long disabledClinician() {
        String username = unique("off");
        jdbc.update("insert into user_account (username, email, display_name, enabled, created_at) "
                + "values (?, ?, 'Dr. Off Duty', false, now())", username, username + "@test.invalid");
        long id = accountId(username);
        jdbc.update("insert into user_account_role (user_account_id, role) values (?, 'CLINICIAN')", id);
        return id;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** The invitation (a person who allowed it also gets the request's confirmation at the same address). */
    private MimeMessage mailTo(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> invitations(recipient).size() == 1);
        return invitations(recipient).get(0);
    }

    private List<MimeMessage> invitations(String recipient) {
        return java.util.Arrays.stream(smtp.messagesTo(recipient))
                .filter(m -> LINK.matcher(TestSmtp.text(m)).find()).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("activation link in: " + text).isTrue();
        return matcher.group(1);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
