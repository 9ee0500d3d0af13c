package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.DoseRuleException;
import com.milestonerecovery.portal.monitoring.InvalidCheckInException;
import com.milestonerecovery.portal.monitoring.Severity;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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

    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ConsultationService consultations;
    @Autowired ConsultationTriageService triage;
    @Autowired CheckInService checkIns;
    @Autowired CareTeamReview review;
    @Autowired CareTeamNoteService notes;
    @Autowired ClientAccess access;
    @Autowired ConsentService consents;
    @Autowired AccountService accounts;
    @Autowired AuditLog auditLog;

    /** A form field: how to submit a value (returns a key to read it back by) and how to read it back. */
    private record Field(String name, String person, Function<String, Object> submit,
            Function<Object, String> readBack) {
    }

    private long clientId(String username) {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = ?", Long.class, username);
    }

    private List<Field> fields() {
        long client = clientId("client19"); // clinician's caseload
        long consultation = jdbc.queryForObject("select min(id) from consultation_request where status = 'NEW'",
                Long.class);
        return List.of(
                new Field("consultation message", null, value -> submitConsultation("Pat", value),
                        ref -> detail((String) ref, "message")),
                new Field("consultation name", null, value -> submitConsultation(value, "Hello"),
                        ref -> detail((String) ref, "name")),
                new Field("check-in note", "client19", value -> {
                    checkIns.submit(new CheckInForm(2, 6, null, List.of(), null, null, value, null, null));
                    return null;
                }, key -> as("clinician", () -> review.checkIns(client, 0, 1).getFirst().note())),
                new Field("side-effect description", "client19", value -> {
                    checkIns.submit(new CheckInForm(2, 6, null, List.of(), value, Severity.MILD, null, null, null));
                    return null;
                }, key -> as("clinician", () -> review.sideEffects(client, Locale.ENGLISH, 0, 1).getFirst()
                        .otherText())),
                new Field("care-team note", "clinician", value -> {
                    notes.add(client, value, false);
                    return null;
                }, key -> as("clinician", () -> notes.notes(client, 0, 1).getFirst().body())),
                new Field("flag response", "clinician", value -> {
                    long flag = newFlag(client);
                    review.respondToFlag(flag, value);
                    return flag;
                }, flag -> as("clinician", () -> review.flags(client, 0, 200).stream()
                        .filter(f -> f.id() == (long) flag).findFirst().orElseThrow().response())),
                new Field("triage note", "coordinator", value -> {
                    triage.addNote(consultation, value);
                    return null;
                }, key -> as("coordinator", () -> {
                    List<ConsultationHistoryEntry> history = consultations.get(consultation).history();
                    return history.getLast().note();
                })),
                new Field("break-glass reason", "clinician2", value -> {
                    access.breakGlass(client, value);
                    return null;
                }, key -> as("admin", () -> auditLog.find(AuditQuery.breakGlass(), 0, 1).getFirst().detail())),
                new Field("consent recipient", "clinician", value -> {
                    consents.record(client, value, "Medication list for coordination of care",
                            LocalDate.now().plusMonths(6));
                    return null;
                }, key -> as("clinician", () -> consents.consentsOf(client).getFirst().recipient())),
                new Field("account display name", "admin", value -> {
                    String username = "badinput" + SEQ.incrementAndGet();
                    accounts.create(new NewAccount(username, username + "@test.invalid", value,
                            Set.of(Role.COORDINATOR), null));
                    return username;
                }, username -> as("admin", () -> accounts.search((String) username, null, PageRequest.of(0, 1))
                        .getContent().getFirst().displayName())));
    }

    @Test
    void everyFieldRefusesWithAMessageOrKeepsTheValueExactly() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> stored = new LinkedHashMap<>();
        for (Field field : fields()) {
            for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                String what = field.name() + " with " + payload.getKey();
                Object key;
                try {
                    key = field.person() == null ? field.submit().apply(payload.getValue())
                            : as(field.person(), () -> field.submit().apply(payload.getValue()));
                } catch (RuntimeException e) {
                    Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
                    if (!isValidationRefusal(cause)) {
                        problems.add(what + ": failed with " + cause);
                    }
                    continue;
                }
                String back = field.readBack().apply(key);
                if (!payload.getValue().equals(back)) {
                    problems.add(what + ": stored but read back as " + abbreviate(back));
                }
                stored.merge(field.name(), 1, Integer::sum);
            }
        }
        assertThat(problems).isEmpty();
        // The suite is not vacuous: the script and SQL payloads are ordinary text and must be kept everywhere.
        assertThat(stored.keySet()).as("fields that stored at least one payload").hasSize(fields().size());
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

    private static boolean isValidationRefusal(Throwable e) {
        if (e instanceof RuleViolation violation) {
            return violation.messageKey() != null;
        }
        return e instanceof FieldErrorsException || e instanceof InvalidCheckInException
                || e instanceof ConstraintViolationException || e instanceof DoseRuleException
                || e instanceof TriageException || e instanceof PasswordChangeException
                || e instanceof RateLimitedException;
    }

    private String submitConsultation(String name, String message) {
        int n = SEQ.incrementAndGet();
        ConsultationForm form = new ConsultationForm(UUID.randomUUID().toString(), name, ContactMethod.EMAIL, null,
                "bad-input-" + n + "@test.invalid", null, false, EnumSet.of(Concern.CRAVINGS), null, message, null,
                true, null, "en");
        return consultations.submit(form, "198.51.100." + (n % 250 + 1)).reference();
    }

    private String detail(String reference, String which) {
        long id = jdbc.queryForObject("select id from consultation_request where reference = ?", Long.class,
                reference);
        return as("coordinator", () -> {
            var d = consultations.get(id);
            return "message".equals(which) ? d.message() : d.preferredName();
        });
    }

    private long newFlag(long client) {
        jdbc.update("insert into urgent_flag (client_id, reason, raised_at) values (?, 'HIGH_CRAVINGS', ?)", client,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from urgent_flag where client_id = ?", Long.class, client);
    }

    private <T> T as(String person, Callable<T> work) {
        return SignedIn.as(users, person, work);
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
