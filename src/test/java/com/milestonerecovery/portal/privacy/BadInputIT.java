package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.milestonerecovery.portal.audit.AuditLog;
import com.milestonerecovery.portal.audit.AuditQuery;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.consultation.ConsultationEnrollmentService;
import com.milestonerecovery.portal.consultation.ConsultationFilter;
import com.milestonerecovery.portal.consultation.ConsultationStatus;
import com.milestonerecovery.portal.consultation.EnrollmentDraft;
import com.milestonerecovery.portal.consultation.EnrollmentForm;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.consultation.Concern;
import com.milestonerecovery.portal.consultation.ConsultationForm;
import com.milestonerecovery.portal.consultation.ConsultationHistoryEntry;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ConsultationTriageService;
import com.milestonerecovery.portal.consultation.ContactMethod;
import com.milestonerecovery.portal.consultation.FieldErrorsException;
import com.milestonerecovery.portal.consultation.RateLimitedException;
import com.milestonerecovery.portal.consultation.TriageException;
import com.milestonerecovery.portal.medication.NewItem;
import com.milestonerecovery.portal.medication.PlanChange;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.medication.StaffPlan;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.DoseRuleException;
import com.milestonerecovery.portal.monitoring.DoseService;
import com.milestonerecovery.portal.monitoring.DoseSlot;
import com.milestonerecovery.portal.monitoring.InvalidCheckInException;
import com.milestonerecovery.portal.monitoring.Severity;
import com.milestonerecovery.portal.scheduling.AppointmentDetail;
import com.milestonerecovery.portal.scheduling.AppointmentType;
import com.milestonerecovery.portal.scheduling.BookingCommand;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.scheduling.RequestQueue;
import com.milestonerecovery.portal.scheduling.ScheduleRequest;
import com.milestonerecovery.portal.scheduling.ScheduleService;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.MutableClock;
import com.milestonerecovery.portal.support.SignedIn;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Hostile and odd input into every free-text field of the forms: each value is either refused with a message
 * (a validation exception carrying a message key) or stored and read back exactly as typed. Nothing fails with
 * a server error, and nothing is silently changed or lost.
 */
@IntegrationTest
class BadInputIT {

    /** The payloads: name -> value. */
    static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("oversized", "A".repeat(20_000));
        PAYLOADS.put("control characters", "line\u0007bell\u001Bescape");
        PAYLOADS.put("NUL", "before\u0000after");
        PAYLOADS.put("RTL override", "invoice\u202Etxt.exe");
        PAYLOADS.put("zero-width", "zero\u200Bwidth\uFEFFjoin");
        PAYLOADS.put("emoji and combining", "Zoë Ångström 👩🏽‍⚕️ 中文 e\u0301");
        PAYLOADS.put("script", "<script>alert('x')</script><img src=x onerror=alert(1)>");
        PAYLOADS.put("SQL", "Robert'); DROP TABLE client;-- \" OR 1=1 #");
        PAYLOADS.put("lone surrogate-free astral", "\uD835\uDD73\uD835\uDD8A\uD835\uDD98\uD835\uDD99");
    }

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final ZoneId CLINIC_ZONE = ZoneId.of("America/Phoenix");
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** Demo client on clinician's caseload whose plan, doses and appointments this suite changes (and restores). */
    private static final String PLAN_CLIENT = "client23";

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationTriageService triage;
    @Autowired ConsultationEnrollmentService enrolments;
    @Autowired CheckInService checkIns;
    @Autowired CareTeamReview review;
    @Autowired CareTeamNoteService notes;
    @Autowired ClientAccess access;
    @Autowired ClientRoster roster;
    @Autowired ConsentService consents;
    @Autowired AccountService accounts;
    @Autowired AuditLog auditLog;
    @Autowired DoseService doses;
    @Autowired PlanEditorService planEditor;
    @Autowired ScheduleService schedule;
    @Autowired ClientAppointmentService clientAppointments;
    @Autowired RequestQueue requests;
    @Autowired MutableClock clock;
    @Autowired PasswordResetService resets;
    @Autowired AuthenticationConfiguration authentication;

    /**
     * A form field: who submits it, the longest value its form allows (0: not checked here), how to submit a value
     * (returns a key to read it back by) and how to read it back.
     */
    private record Field(String name, String person, int limit, Function<String, Object> submit,
            Function<Object, String> readBack) {
    }

    private long clientId(String username) {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = ?", Long.class, username);
    }

    /** Free-text fields: each keeps ordinary text (the script and SQL payloads) exactly. */
    private List<Field> fields() {
        long client = clientId("client19"); // clinician's caseload
        long consultation = jdbc.queryForObject("select min(id) from consultation_request where status = 'NEW'",
                Long.class);
        List<Field> all = new ArrayList<>(List.of(
                new Field("consultation message", null, 2000, value -> submitConsultation("message", value),
                        ref -> detail((String) ref, "message")),
                new Field("consultation name", null, 80, value -> submitConsultation("name", value),
                        ref -> detail((String) ref, "name")),
                new Field("consultation best times", null, 200, value -> submitConsultation("bestTimes", value),
                        ref -> detail((String) ref, "bestTimes")),
                new Field("consultation current medications", null, 1000,
                        value -> submitConsultation("currentMedications", value),
                        ref -> detail((String) ref, "currentMedications")),
                new Field("consultation referral source", null, 200,
                        value -> submitConsultation("referralSource", value),
                        ref -> detail((String) ref, "referralSource")),
                new Field("check-in note", "client19", 0, value -> {
                    checkIns.submit(new CheckInForm(2, 6, null, List.of(), null, null, value, null, null));
                    return null;
                }, key -> as("clinician", () -> review.checkIns(client, 0, 1).getFirst().note())),
                new Field("side-effect description", "client19", 0, value -> {
                    checkIns.submit(new CheckInForm(2, 6, null, List.of(), value, Severity.MILD, null, null, null));
                    return null;
                }, key -> as("clinician", () -> review.sideEffects(client, Locale.ENGLISH, 0, 1).getFirst()
                        .otherText())),
                new Field("care-team note", "clinician", CareTeamNoteService.BODY_MAX, value -> {
                    notes.add(client, value, false);
                    return null;
                }, key -> as("clinician", () -> notes.notes(client, 0, 1).getFirst().body())),
                new Field("flag response", "clinician", CareTeamReview.RESPONSE_MAX, value -> {
                    long flag = newFlag(client);
                    review.respondToFlag(flag, value);
                    return flag;
                }, flag -> as("clinician", () -> review.flags(client, 0, 200).stream()
                        .filter(f -> f.id() == (long) flag).findFirst().orElseThrow().response())),
                new Field("side-effect response", "clinician", CareTeamReview.RESPONSE_MAX, value -> {
                    as("client19", () -> checkIns.submit(new CheckInForm(2, 6, null, List.of(), "Dry mouth",
                            Severity.MILD, null, null, null)));
                    long report = review.sideEffects(client, Locale.ENGLISH, 0, 1).getFirst().id();
                    review.respondToSideEffect(report, value);
                    return report;
                }, report -> as("clinician", () -> review.sideEffects(client, Locale.ENGLISH, 0, 200).stream()
                        .filter(r -> r.id() == (long) report).findFirst().orElseThrow().response())),
                new Field("triage note", "coordinator", ConsultationTriageService.NOTE_MAX, value -> {
                    triage.addNote(consultation, value);
                    return null;
                }, key -> as("coordinator", () -> {
                    List<ConsultationHistoryEntry> history = consultations.get(consultation).history();
                    return history.getLast().note();
                })),
                new Field("triage status note", "coordinator", ConsultationTriageService.NOTE_MAX, value -> {
                    long id = newConsultation();
                    triage.changeStatus(id, consultations.get(id).version(), ConsultationStatus.CONTACTED, value);
                    return id;
                }, id -> as("coordinator", () -> consultations.get((long) id).history().getLast().note())),
                new Field("break-glass reason", "clinician2", ClientAccess.REASON_MAX, value -> {
                    access.breakGlass(client, value);
                    return null;
                }, key -> as("admin", () -> auditLog.find(AuditQuery.breakGlass(), 0, 1).getFirst().detail())),
                new Field("consent recipient", "clinician", ConsentService.RECIPIENT_MAX, value -> {
                    consents.record(client, value, "Medication list for coordination of care",
                            LocalDate.now().plusMonths(6));
                    return null;
                }, key -> as("clinician", () -> consents.consentsOf(client).getFirst().recipient())),
                new Field("consent purpose", "clinician", ConsentService.PURPOSE_MAX, value -> {
                    consents.record(client, "Valley Pharmacy", value, LocalDate.now().plusMonths(6));
                    return null;
                }, key -> as("clinician", () -> consents.consentsOf(client).getFirst().purpose())),
                new Field("account display name", "admin", 120, value -> {
                    String username = "badinput" + SEQ.incrementAndGet();
                    accounts.create(new NewAccount(username, username + "@test.invalid", value,
                            Set.of(Role.COORDINATOR), null));
                    return username;
                }, username -> as("admin", () -> accounts.search((String) username, null, PageRequest.of(0, 1))
                        .getContent().getFirst().displayName()))));
        all.addAll(clinicalFormFields());
        all.addAll(schedulingFields());
        all.add(new Field("enrolment name", "coordinator", ConsultationEnrollmentService.NAME_MAX,
                value -> enrol(form -> new EnrollmentForm(value, form.email(), form.phone(), form.username(),
                        form.primaryClinicianId(), form.preferences())),
                id -> as("coordinator", () -> roster.profile((long) id).preferredName())));
        return all;
    }

    /** Dose skip reason (the client) and the plan editor's reasons (the clinician), on {@link #PLAN_CLIENT}. */
    private List<Field> clinicalFormFields() {
        long client = clientId(PLAN_CLIENT);
        return List.of(
                new Field("dose skip reason", PLAN_CLIENT, 200, value -> atDoseTime(() -> {
                    DoseSlot slot = firstDoseToday();
                    doses.markSkipped(slot.planItemId(), slot.scheduledFor(), value);
                    return slot;
                }), key -> as(PLAN_CLIENT, () -> atDoseTime(() -> {
                    DoseSlot asked = (DoseSlot) key;
                    DoseSlot slot = doses.today().scheduled().stream()
                            .filter(s -> s.planItemId() == asked.planItemId()
                                    && s.scheduledFor().equals(asked.scheduledFor()))
                            .findFirst().orElseThrow();
                    doses.undo(slot.logId()); // the slot is free again for the next value
                    return slot.skipReason();
                }))),
                new Field("plan change reason", "clinician", 500, value -> {
                    StaffPlan plan = planEditor.plan(client, Locale.ENGLISH);
                    PlanItemSummary item = plan.overview().current().stream()
                            .filter(i -> !i.schedule().asNeeded()).findFirst().orElseThrow();
                    return planEditor.save(client, plan.version(), new PlanChange.Adjust(item.id(), sameItem(item)),
                            value, null, Locale.ENGLISH);
                }, revision -> as("clinician", () -> revision(client, (int) revision).reason())),
                new Field("plan item instructions", "clinician", 1000, value -> adjust(client, item -> new NewItem(
                        item.slug(), item.doseAmount(), item.doseUnit(), item.route(), false, item.schedule().times(),
                        null, null, item.purpose(), value)),
                        slug -> as("clinician", () -> currentItem(client, (String) slug).instructions())),
                new Field("plan item purpose", "clinician", 300, value -> adjust(client, item -> new NewItem(
                        item.slug(), item.doseAmount(), item.doseUnit(), item.route(), false, item.schedule().times(),
                        null, null, value, item.instructions())),
                        slug -> as("clinician", () -> currentItem(client, (String) slug).purpose())),
                new Field("interaction override reason", "clinician", 1000, value -> {
                    StaffPlan plan = planEditor.plan(client, Locale.ENGLISH);
                    NewItem item = interactingItem(client, plan);
                    int revision = planEditor.save(client, plan.version(), new PlanChange.Add(item),
                            "Bad-input suite: added to test the override", value, Locale.ENGLISH);
                    return new Object[] {revision, item.medicationSlug()};
                }, key -> as("clinician", () -> {
                    Object[] added = (Object[]) key;
                    String reason = revision(client, (int) added[0]).overrideReason();
                    StaffPlan plan = planEditor.plan(client, Locale.ENGLISH);
                    long itemId = plan.overview().current().stream().filter(i -> i.slug().equals(added[1]))
                            .findFirst().orElseThrow().id();
                    planEditor.save(client, plan.version(), new PlanChange.Discontinue(itemId, null),
                            "Bad-input suite: removed again", null, Locale.ENGLISH);
                    return reason;
                })));
    }

    /** Booking notes and place, moving, cancelling, completing (staff); asking for another time (the client). */
    private List<Field> schedulingFields() {
        return List.of(
                new Field("appointment staff notes", "coordinator", ScheduleService.NOTES_MAX,
                        value -> book("Room 2", value).id(),
                        id -> as("coordinator", () -> cancelled((long) id, schedule.detail((long) id).staffNotes()))),
                new Field("appointment location", "coordinator", ScheduleService.LOCATION_MAX,
                        value -> book(value, null).id(),
                        id -> as("coordinator", () -> cancelled((long) id, schedule.detail((long) id).location()))),
                new Field("appointment cancel reason", "coordinator", ScheduleService.REASON_MAX,
                        value -> withAppointment(id -> schedule.cancel(id, value).id()),
                        id -> as("coordinator", () -> schedule.detail((long) id).statusReason())),
                new Field("appointment move reason", "coordinator", ScheduleService.REASON_MAX,
                        value -> withAppointment(id -> {
                            AppointmentDetail a = schedule.detail(id);
                            Instant to = freeSlot(a.startsAt().atZone(CLINIC_ZONE).toLocalDate().plusDays(1));
                            return schedule.reschedule(id, a.clinicianId(), to, HALF_HOUR, value).id();
                        }),
                        id -> as("coordinator", () -> cancelled((long) id, jdbc.queryForObject(
                                "select reason from appointment_change where appointment_id = ? and kind = 'MOVED'",
                                String.class, id)))),
                new Field("appointment completion note", "coordinator", ScheduleService.REASON_MAX,
                        value -> withAppointment(id -> {
                            clock.setInstant(schedule.detail(id).startsAt().plus(Duration.ofMinutes(5)));
                            try {
                                return schedule.complete(id, value).id();
                            } finally {
                                clock.reset();
                            }
                        }),
                        id -> as("coordinator", () -> schedule.detail((long) id).statusReason())),
                new Field("client's request for another time", "coordinator", ClientAppointmentService.NOTE_MAX,
                        value -> withAppointment(id -> {
                            as(PLAN_CLIENT, () -> {
                                clientAppointments.requestChange(id, value);
                                return null;
                            });
                            return id;
                        }),
                        id -> as("coordinator", () -> cancelled((long) id, openRequestFor((long) id).clientNote()))),
                new Field("request close outcome", "coordinator", RequestQueue.OUTCOME_MAX,
                        value -> withAppointment(id -> {
                            as(PLAN_CLIENT, () -> {
                                clientAppointments.requestChange(id, "Any weekday after 3 pm");
                                return null;
                            });
                            long request = openRequestFor(id).id();
                            try {
                                requests.close(request, value);
                            } finally {
                                schedule.cancel(id, "Bad-input suite: cleaned up");
                            }
                            return request;
                        }),
                        request -> jdbc.queryForObject("select outcome from appointment_request where id = ?",
                                String.class, request)));
    }

    /**
     * Fields with a format (an e-mail address, a phone number, a user name, a web address): most payloads are refused,
     * so only the rule applies (refused with a message or kept exactly), not that ordinary text is kept.
     */
    private List<Field> formattedFields() {
        return List.of(
                new Field("enrolment e-mail", "coordinator", 0,
                        value -> enrol(form -> new EnrollmentForm(form.preferredName(), value, form.phone(),
                                form.username(), form.primaryClinicianId(), form.preferences())),
                        id -> as("coordinator", () -> roster.profile((long) id).email())),
                new Field("enrolment phone", "coordinator", 0,
                        value -> enrol(form -> new EnrollmentForm(form.preferredName(), form.email(), value,
                                form.username(), form.primaryClinicianId(), form.preferences())),
                        id -> as("coordinator", () -> roster.profile((long) id).phone())),
                new Field("enrolment username", "coordinator", 0,
                        value -> enrol(form -> new EnrollmentForm(form.preferredName(), form.email(), form.phone(),
                                value, form.primaryClinicianId(), form.preferences())),
                        id -> jdbc.queryForObject("select a.username from client c join user_account a"
                                + " on a.id = c.account_id where c.id = ?", String.class, id)),
                new Field("consultation phone", null, 0, value -> submitConsultation("phone", value),
                        ref -> detail((String) ref, "phone")),
                new Field("appointment video link", "coordinator", 0, value -> book(null, null, value).id(),
                        id -> as("coordinator", () -> cancelled((long) id,
                                schedule.detail((long) id).telehealthUrl()))));
    }

    @Test
    void everyFieldRefusesWithAMessageOrKeepsTheValueExactly() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (Field field : fields()) {
            for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                if (check(field, payload.getKey(), payload.getValue(), problems)) {
                    stored.merge(field.name(), 1, Integer::sum);
                }
            }
        }
        assertThat(problems).isEmpty();
        // The suite is not vacuous: the script and SQL payloads are ordinary text and must be kept everywhere.
        assertThat(stored.keySet()).as("fields that stored at least one payload").hasSize(fields().size());
    }

    @Test
    void formattedFieldsRefuseWithAMessageOrKeepTheValueExactly() {
        List<String> problems = new ArrayList<>();
        for (Field field : formattedFields()) {
            for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                check(field, payload.getKey(), payload.getValue(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The one-line fields (FreeText.line): a line break or a tab is refused there, kept in the others. */
    static final Set<String> SINGLE_LINE = Set.of("consultation name", "consultation best times",
            "consultation referral source", "side-effect description", "consent recipient",
            "account display name", "dose skip reason", "plan item purpose", "appointment location", "enrolment name");

    /**
     * Characters that never belong in typed text (base/FreeText) are refused by every free-text field, with a
     * message: control characters, NUL, bidirectional overrides and isolates, unpaired surrogates.
     */
    @Test
    void everyFieldRefusesCharactersThatNeverBelongInTypedText() {
        List<String> problems = new ArrayList<>();
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("control characters", PAYLOADS.get("control characters"));
        hostile.put("NUL", PAYLOADS.get("NUL"));
        hostile.put("RTL override", PAYLOADS.get("RTL override"));
        hostile.put("bidi isolate", "name\u2067evil\u2069 text");
        hostile.put("C1 control", "next\u0085line");
        hostile.put("unpaired surrogate", "half \uD83D an emoji");
        for (Field field : fields()) {
            for (Map.Entry<String, String> payload : hostile.entrySet()) {
                if (check(field, payload.getKey(), payload.getValue(), problems)) {
                    problems.add(field.name() + " with " + payload.getKey() + ": stored");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Emoji, Spanish accents and other scripts are ordinary text: every free-text field keeps them exactly. */
    @Test
    void everyFieldKeepsEmojiAndAccents() {
        List<String> problems = new ArrayList<>();
        for (Field field : fields()) {
            for (String value : List.of(PAYLOADS.get("emoji and combining"), "¿Señora Núñez? ¡Olé, pingüino! 😀")) {
                if (!check(field, "emoji and accents", value, problems)) {
                    problems.add(field.name() + ": refused " + value);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Line breaks and tabs: kept in multi-line fields, refused in one-line fields. */
    @Test
    void lineBreaksAreKeptInMultiLineFieldsOnly() {
        List<String> problems = new ArrayList<>();
        List<String> names = fields().stream().map(Field::name).toList();
        assertThat(names).as("every one-line field is in the suite").containsAll(SINGLE_LINE);
        for (Field field : fields()) {
            for (String value : List.of("First line\nsecond line", "Windows\r\nline", "Name:\tvalue")) {
                boolean stored = check(field, "line break", value, problems);
                if (SINGLE_LINE.contains(field.name()) && stored) {
                    problems.add(field.name() + ": kept a line break or tab in a one-line field");
                } else if (!SINGLE_LINE.contains(field.name()) && !stored) {
                    problems.add(field.name() + ": refused a line break or tab in a multi-line field");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The longest value a form allows is kept whole (no column is narrower); one character more is refused. */
    @Test
    void theLongestAllowedValueIsKeptAndOneMoreIsRefused() {
        assertThat(longestKeptAndOneMoreRefused("ñ")).isEmpty();
    }

    /**
     * Limits count characters as MariaDB does (code points, base/FreeText): the longest value in emoji (two UTF-16
     * units each) is kept whole too (no column, audit detail or other layer counts UTF-16 units), and one more is
     * refused.
     */
    @Test
    void theLongestAllowedValueInEmojiIsKeptAndOneMoreIsRefused() {
        assertThat(longestKeptAndOneMoreRefused("😀")).isEmpty();
    }

    /** For every field with a limit: the limit in {@code character} is kept, one more is refused; the problems. */
    private List<String> longestKeptAndOneMoreRefused(String character) {
        List<String> problems = new ArrayList<>();
        for (Field field : fields()) {
            if (field.limit() == 0) {
                continue;
            }
            String longest = character.repeat(field.limit() - 1) + "z";
            if (!check(field, "the longest allowed value of " + character, longest, problems)) {
                problems.add(field.name() + ": refused " + field.limit() + " characters of " + character);
            }
            if (check(field, "one " + character + " too many", longest + character, problems)) {
                problems.add(field.name() + ": kept " + (field.limit() + 1) + " characters of " + character);
            }
        }
        return problems;
    }

    @Test
    void scriptAndSqlPayloadsAreKeptAsPlainTextEverywhere() {
        for (Field field : fields()) {
            for (String name : List.of("script", "SQL")) {
                String value = PAYLOADS.get(name);
                Object key = field.person() == null ? field.submit().apply(value)
                        : as(field.person(), () -> field.submit().apply(value));
                assertThat(field.readBack().apply(key)).as(field.name() + " with " + name).isEqualTo(value);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
    }

    /** Search boxes store nothing, but every payload must still give an answer (maybe empty), never an error. */
    @Test
    void searchBoxesAnswerEveryPayloadWithoutAnError() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
            String value = payload.getValue();
            Map<String, Callable<Object>> searches = new LinkedHashMap<>();
            searches.put("clients", () -> as("coordinator", () -> roster.search(
                    new ClientSearch(value, null, false, false), PageRequest.of(0, 20))));
            searches.put("consultations", () -> as("coordinator", () -> consultations.search(
                    new ConsultationFilter(value, null, null, null, null), PageRequest.of(0, 20))));
            searches.put("accounts", () -> as("admin", () -> accounts.search(value, null, Pageable.ofSize(20))));
            searches.put("audit actor", () -> as("admin", () -> auditLog.find(
                    new AuditQuery(null, null, value, null, null, true), 0, 20)));
            searches.put("audit client reference", () -> as("admin", () -> auditLog.find(
                    new AuditQuery(null, null, null, value, null, true), 0, 20)));
            for (Map.Entry<String, Callable<Object>> search : searches.entrySet()) {
                try {
                    search.getValue().call();
                } catch (Exception e) {
                    if (!isValidationRefusal(e)) {
                        problems.add(search.getKey() + " search with " + payload.getKey() + ": failed with " + e);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from client", Long.class)).isPositive();
    }

    /**
     * The sign-in form and the password-reset forms (name or e-mail, the link's token, the new password) answer every
     * payload as a wrong entry: a refused sign-in, nothing sent, an unusable link. Never an error.
     */
    @Test
    void signInAndResetFormsTreatEveryPayloadAsAWrongEntry() {
        AuthenticationManager manager;
        try {
            manager = authentication.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
            String value = payload.getValue();
            String what = " with " + payload.getKey();
            try {
                manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(value, value));
                problems.add("sign-in" + what + ": accepted");
            } catch (BadCredentialsException expected) {
                // the one answer to any wrong name or password
            } catch (RuntimeException e) {
                problems.add("sign-in" + what + ": failed with " + e);
            }
            try {
                resets.requestReset(value, Locale.ENGLISH);
                if (resets.check(value).isPresent()) {
                    problems.add("reset link" + what + ": usable");
                }
                resets.complete(value, "A-long-enough-passphrase-2026");
                problems.add("reset" + what + ": password set");
            } catch (PasswordChangeException expected) {
                assertThat(expected.getMessage()).isEqualTo("reset.error.link");
            } catch (RuntimeException e) {
                problems.add("reset" + what + ": failed with " + e);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Submits one value and reads it back; true when it was stored. Anything but a clear refusal is a problem. */
    private boolean check(Field field, String payloadName, String value, List<String> problems) {
        String what = field.name() + " with " + payloadName;
        Object key;
        try {
            key = field.person() == null ? field.submit().apply(value)
                    : as(field.person(), () -> field.submit().apply(value));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            if (!isValidationRefusal(cause)) {
                problems.add(what + ": failed with " + cause);
            }
            return false;
        }
        String back = field.readBack().apply(key);
        if (!value.equals(back)) {
            problems.add(what + ": stored but read back as " + abbreviate(back));
        }
        return true;
    }

    private static boolean isValidationRefusal(Throwable e) {
        if (e instanceof RuleViolation violation) {
            return violation.messageKey() != null;
        }
        return e instanceof FieldErrorsException || e instanceof InvalidCheckInException
                || e instanceof ConstraintViolationException || e instanceof DoseRuleException
                || e instanceof TriageException || e instanceof PasswordChangeException
                || e instanceof RateLimitedException;
    }

    private String submitConsultation(String field, String value) {
        int n = SEQ.incrementAndGet();
        boolean phone = "phone".equals(field);
        ConsultationForm form = new ConsultationForm(UUID.randomUUID().toString(),
                "name".equals(field) ? value : "Pat", phone ? ContactMethod.PHONE : ContactMethod.EMAIL,
                phone ? value : null, phone ? null : "bad-input-" + n + "@test.invalid",
                "bestTimes".equals(field) ? value : null, false, EnumSet.of(Concern.CRAVINGS),
                "currentMedications".equals(field) ? value : null,
                "message".equals(field) ? value : "Hello", "referralSource".equals(field) ? value : null,
                true, null, "en");
        return consultations.submit(form, "198.51.100." + (n % 250 + 1)).reference();
    }

    private long newConsultation() {
        String reference = submitConsultation("message", "I would like to talk about my medication.");
        return jdbc.queryForObject("select id from consultation_request where reference = ?", Long.class, reference);
    }

    private String detail(String reference, String which) {
        long id = jdbc.queryForObject("select id from consultation_request where reference = ?", Long.class,
                reference);
        return as("coordinator", () -> {
            var d = consultations.get(id);
            return switch (which) {
                case "message" -> d.message();
                case "name" -> d.preferredName();
                case "bestTimes" -> d.bestTimes();
                case "currentMedications" -> d.currentMedications();
                case "referralSource" -> d.referralSource();
                case "phone" -> d.phone();
                default -> throw new IllegalArgumentException(which);
            };
        });
    }

    /** Enrols a new contacted request with the form as prefilled, changed by {@code edit}; returns the client id. */
    private long enrol(Function<EnrollmentForm, EnrollmentForm> edit) {
        long id = newConsultation();
        triage.changeStatus(id, consultations.get(id).version(), ConsultationStatus.CONTACTED, null);
        EnrollmentDraft draft = enrolments.prepareEnrollment(id);
        EnrollmentForm prefilled = draft.form();
        int n = SEQ.incrementAndGet();
        EnrollmentForm form = edit.apply(new EnrollmentForm(prefilled.preferredName(), prefilled.email(),
                prefilled.phone(), "badinput.enrol" + n,
                draft.clinicians().getFirst().id(), prefilled.preferences()));
        String reference = enrolments.enroll(id, draft.version(), form).clientReference();
        return jdbc.queryForObject("select id from client where reference = ?", Long.class, reference);
    }

    private long newFlag(long client) {
        jdbc.update("insert into urgent_flag (client_id, reason, raised_at) values (?, 'HIGH_CRAVINGS', ?)", client,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from urgent_flag where client_id = ?", Long.class, client);
    }

    // ---- doses and plans ----

    /** Runs with the clock an hour after the plan client's first scheduled dose today, so that dose is due. */
    private <T> T atDoseTime(Callable<T> work) {
        LocalDate today = LocalDate.now(CLINIC_ZONE);
        LocalTime first = firstDoseTime(clientId(PLAN_CLIENT), today);
        clock.setInstant(today.atTime(first).plusHours(1).atZone(CLINIC_ZONE).toInstant());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            clock.reset();
        }
    }

    private LocalTime firstDoseTime(long client, LocalDate today) {
        return jdbc.queryForList("""
                select i.times from plan_item i join medication_plan p on p.id = i.plan_id
                where p.client_id = ? and i.as_needed = false and i.start_date <= ?
                and (i.discontinued_on is null or i.discontinued_on > ?)""", String.class, client, today, today)
                .stream().flatMap(t -> java.util.Arrays.stream(t.split(","))).map(LocalTime::parse).sorted()
                .findFirst().orElseThrow();
    }

    private DoseSlot firstDoseToday() {
        return doses.today().scheduled().stream().filter(s -> s.logId() == null && !s.scheduledFor().isAfter(
                clock.instant())).findFirst().orElseThrow();
    }

    /** Saves a change of the plan client's first scheduled item as {@code edit} makes it; returns its medication. */
    private String adjust(long client, Function<PlanItemSummary, NewItem> edit) {
        StaffPlan plan = planEditor.plan(client, Locale.ENGLISH);
        PlanItemSummary item = plan.overview().current().stream().filter(i -> !i.schedule().asNeeded()).findFirst()
                .orElseThrow();
        planEditor.save(client, plan.version(), new PlanChange.Adjust(item.id(), edit.apply(item)),
                "Bad-input suite: new instructions", null, Locale.ENGLISH);
        return item.slug();
    }

    private PlanItemSummary currentItem(long client, String slug) {
        return planEditor.plan(client, Locale.ENGLISH).overview().current().stream()
                .filter(i -> i.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static NewItem sameItem(PlanItemSummary item) {
        return new NewItem(item.slug(), item.doseAmount(), item.doseUnit(), item.route(), false,
                item.schedule().times(), null, null, item.purpose(), item.instructions());
    }

    /** A catalog medication the plan does not hold whose addition creates an interaction warning. */
    private NewItem interactingItem(long client, StaffPlan plan) {
        Set<String> current = new java.util.HashSet<>(plan.overview().current().stream().map(PlanItemSummary::slug)
                .toList());
        return planEditor.catalog().stream().filter(m -> !current.contains(m.slug()))
                .map(m -> new NewItem(m.slug(), BigDecimal.ONE, "mg", "oral", false, List.of(LocalTime.of(8, 0)), null,
                        null, null, null))
                .filter(item -> !planEditor.preview(client, new PlanChange.Add(item), Locale.ENGLISH).isEmpty())
                .findFirst().orElseThrow();
    }

    private com.milestonerecovery.portal.medication.PlanRevisionSummary revision(long client, int revision) {
        return planEditor.plan(client, Locale.ENGLISH).overview().history().stream()
                .filter(r -> r.revision() == revision).findFirst().orElseThrow();
    }

    // ---- appointments ----

    private AppointmentDetail book(String location, String notes) {
        return book(location, notes, null);
    }

    /** Books the plan client with their clinician at the first free half hour from three days on. */
    private AppointmentDetail book(String location, String notes, String videoLink) {
        long client = clientId(PLAN_CLIENT);
        return schedule.book(new BookingCommand(client, clinicianOf(client), AppointmentType.FOLLOW_UP,
                freeSlot(LocalDate.now(CLINIC_ZONE).plusDays(3)), HALF_HOUR, location, videoLink, notes));
    }

    private Instant freeSlot(LocalDate from) {
        long client = clientId(PLAN_CLIENT);
        for (LocalDate day = from; day.isBefore(from.plusDays(30)); day = day.plusDays(1)) {
            List<Instant> free = schedule.freeSlots(clinicianOf(client), client, day, HALF_HOUR, null);
            if (!free.isEmpty()) {
                return free.getFirst();
            }
        }
        throw new IllegalStateException("no free half hour in 30 days");
    }

    /** The care team's queue entry for the appointment, page by page as the requests view reads it. */
    private ScheduleRequest openRequestFor(long appointmentId) {
        for (int page = 0; ; page++) {
            List<ScheduleRequest> rows = requests.open(page, 100);
            if (rows.isEmpty()) {
                throw new IllegalStateException("no open request for appointment " + appointmentId);
            }
            for (ScheduleRequest row : rows) {
                if (row.appointmentId() == appointmentId) {
                    return row;
                }
            }
        }
    }

    private long clinicianOf(long client) {
        return jdbc.queryForObject("select primary_clinician_id from client where id = ?", Long.class, client);
    }

    /** Books an appointment for {@code work}; if the work is refused, the appointment is cancelled again. */
    private long withAppointment(java.util.function.LongFunction<Long> work) {
        long id = book("Room 2", null).id();
        try {
            return work.apply(id);
        } catch (RuntimeException e) {
            cancelled(id, null);
            throw e;
        }
    }

    /** Cancels the appointment when it is still scheduled (frees the slot for the next value); returns {@code value}. */
    private String cancelled(long appointmentId, String value) {
        if ("SCHEDULED".equals(jdbc.queryForObject("select status from appointment where id = ?", String.class,
                appointmentId))) {
            schedule.cancel(appointmentId, "Bad-input suite: cleaned up");
        }
        return value;
    }

    private <T> T as(String person, Callable<T> work) {
        return SignedIn.as(users, person, work);
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
