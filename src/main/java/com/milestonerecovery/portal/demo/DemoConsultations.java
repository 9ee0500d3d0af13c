package com.milestonerecovery.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.crypto.FieldCipher;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo consultation requests in every status, spread over the last three weeks, with assignees and history:
 * something to triage on a fresh start. Every person is invented (example.org / example.com addresses, 555
 * numbers); the two enrolled requests point at existing demo clients. Plain SQL, like the other demo data, and
 * idempotent: loaded once, recognised by their submission tokens.
 */
@Component
@Profile("demo")
class DemoConsultations {

    static final String TOKEN_PREFIX = "demo-consultation-";

    private final JdbcTemplate jdbc;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final FieldCipher cipher;
    private final Map<String, Long> accounts = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    DemoConsultations(JdbcTemplate jdbc, ClinicProperties clinic, Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** A request as the public form would have stored it; {@code daysAgo}/{@code hour} in the clinic's zone. */
    private record Request(String key, String reference, String name, String method, String phone, String email,
            String bestTimes, boolean mayIdentify, String medications, String message, String language, int daysAgo,
            int hour, List<String> concerns) {
    }

    @Transactional
    void load() {
        if (jdbc.queryForObject("select count(*) from consultation_request where submission_token like ?",
                Integer.class, TOKEN_PREFIX + "%") > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));

        // NEW: nobody has called yet.
        long jordan = insert(today, new Request("01", "JR7QK-2MX4A", "Jordan Rivera", "EMAIL", null,
                "jordan.rivera@example.org", "Weekday evenings", true, null,
                "I would like to talk about my options. Email is best.", "en", 2, 9, List.of("CRAVINGS")));
        status(jordan, "NEW", null, null);
        long sam = insert(today, new Request("02", "SK4PB-8TW1C", "Sam Okafor", "PHONE", "+16025550134", null,
                "After 5 pm", false, null, null, "en", 1, 17, List.of("WITHDRAWAL", "MOOD")));
        status(sam, "NEW", null, null);
        long lucia = insert(today, new Request("03", "LF9HD-3VN6E", "Lucía Fernández", "EITHER", "+14805550187",
                "lucia.fernandez@example.com", "Por la mañana", true, null, "Prefiero hablar en español.", "es", 4,
                11, List.of("THERAPY")));
        status(lucia, "NEW", "coordinator", null);
        event(lucia, today, 3, 9, "coordinator", "ASSIGNMENT", null, null, "coordinator", null);

        // CONTACTED: one who does not want the clinic named in voicemail or email.
        long pat = insert(today, new Request("04", "PM2RX-6GT8H", "Pat Moreno", "EITHER", "+16235550112",
                "pat.moreno@example.com", "Lunch time", false, "Sertraline 50 mg",
                "Please be discreet when you call.", "en", 6, 13, List.of("RELAPSE", "MOOD")));
        event(pat, today, 5, 9, "coordinator", "ASSIGNMENT", null, null, "clinician2", null);
        event(pat, today, 5, 12, "clinician2", "STATUS", "NEW", "CONTACTED", null,
                "Left a call-back message with my first name only. Spoke the next day; wants an evening intake.");
        status(pat, "CONTACTED", "clinician2", at(today, 5, 12));
        long robin = insert(today, new Request("05", "RA5YC-1KJ3M", "Robin Adair", "EMAIL", null,
                "robin.adair@example.org", null, true, null, null, "en", 8, 8, List.of("CRAVINGS", "WITHDRAWAL")));
        event(robin, today, 7, 10, "clinician", "ASSIGNMENT", null, null, "clinician", null);
        event(robin, today, 7, 10, "clinician", "STATUS", "NEW", "CONTACTED", null, null);
        event(robin, today, 6, 15, "clinician", "NOTE", null, null, null,
                "Asked for a list of what to bring to the first visit; sent it by email.");
        status(robin, "CONTACTED", "clinician", at(today, 7, 10));

        // SCHEDULED.
        long chris = insert(today, new Request("06", "CY8WN-4QF2P", "Chris Yamamoto", "PHONE", "+14805550145", null,
                "Mornings", true, null, null, "en", 10, 10, List.of("WITHDRAWAL")));
        event(chris, today, 10, 14, "coordinator", "ASSIGNMENT", null, null, "clinician", null);
        event(chris, today, 9, 9, "clinician", "STATUS", "NEW", "CONTACTED", null, null);
        event(chris, today, 9, 9, "clinician", "STATUS", "CONTACTED", "SCHEDULED", null,
                "Intake visit booked for next Tuesday at 10:00.");
        status(chris, "SCHEDULED", "clinician", at(today, 9, 9));
        long ana = insert(today, new Request("07", "AB3ZT-9HM5R", "Ana Beltrán", "EITHER", "+16025550158",
                "ana.beltran@example.com", "Tardes", true, null, null, "es", 12, 16, List.of("MOOD", "THERAPY")));
        event(ana, today, 11, 9, "coordinator", "ASSIGNMENT", null, null, "clinician2", null);
        event(ana, today, 11, 11, "clinician2", "STATUS", "NEW", "CONTACTED", null, null);
        event(ana, today, 10, 11, "clinician2", "STATUS", "CONTACTED", "SCHEDULED", null, "Cita por video el jueves.");
        status(ana, "SCHEDULED", "clinician2", at(today, 10, 11));

        // ENROLLED: became two of the demo clients.
        enrolled(today, "08", "EC6VK-2PB7S", "client24", "clinician", 20);
        enrolled(today, "09", "EC1MT-5WR8V", "client25", "clinician2", 18);

        // DECLINED and CLOSED.
        long terry = insert(today, new Request("10", "TL4NG-7XC1W", "Terry Lindqvist", "PHONE", "+16235550171",
                null, null, true, null, null, "en", 14, 12, List.of()));
        event(terry, today, 13, 10, "coordinator", "STATUS", "NEW", "CONTACTED", null, null);
        event(terry, today, 13, 10, "coordinator", "STATUS", "CONTACTED", "DECLINED", null,
                "Prefers a program closer to home; gave two referrals.");
        status(terry, "DECLINED", null, at(today, 13, 10));
        long morgan = insert(today, new Request("11", "MH8DK-3JY6X", "Morgan Hale", "EITHER", "+14805550193",
                "morgan.hale@example.org", null, false, null, null, "en", 16, 9, List.of("CRAVINGS")));
        event(morgan, today, 15, 9, "coordinator", "ASSIGNMENT", null, null, "coordinator", null);
        event(morgan, today, 11, 16, "coordinator", "STATUS", "NEW", "CLOSED", null,
                "No answer after three attempts (phone twice, email once).");
        status(morgan, "CLOSED", "coordinator", at(today, 11, 16));
        long duplicate = insert(today, new Request("12", "SK9EA-1RT4Y", "Sam Okafor", "PHONE", "+16025550134", null,
                null, false, null, null, "en", 1, 17, List.of()));
        event(duplicate, today, 0, 8, "coordinator", "STATUS", "NEW", "CLOSED", null,
                "Sent twice; we work the other request.");
        status(duplicate, "CLOSED", null, at(today, 0, 8));
    }

    private void enrolled(LocalDate today, String key, String reference, String username, String clinician,
            int daysAgo) {
        Map<String, Object> client = jdbc.queryForMap("""
                select c.id, c.preferred_name from client c join user_account a on a.id = c.account_id
                where a.username = ?""", username);
        long id = insert(today, new Request(key, reference, (String) client.get("preferred_name"), "EITHER",
                "+160255501" + key, username + "@example.com", null, true, null, null, "en", daysAgo, 10,
                List.of("CRAVINGS")));
        event(id, today, daysAgo - 1, 9, "coordinator", "ASSIGNMENT", null, null, clinician, null);
        event(id, today, daysAgo - 1, 11, clinician, "STATUS", "NEW", "CONTACTED", null, null);
        event(id, today, daysAgo - 3, 10, clinician, "STATUS", "CONTACTED", "SCHEDULED", null, null);
        event(id, today, daysAgo - 5, 12, clinician, "STATUS", "SCHEDULED", "ENROLLED", null, null);
        jdbc.update("update consultation_request set client_id = ? where id = ?", client.get("id"), id);
        status(id, "ENROLLED", clinician, at(today, daysAgo - 5, 12));
    }

    private long insert(LocalDate today, Request r) {
        Timestamp created = ts(at(today, r.daysAgo(), r.hour()));
        jdbc.update("""
                insert into consultation_request (reference, submission_token, status, preferred_name, contact_method,
                    phone, email, best_times, may_identify_clinic, current_medications, message, referral_source,
                    language, consent_given_at, created_at)
                values (?, ?, 'NEW', ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)""", r.reference(), TOKEN_PREFIX + r.key(),
                r.name(), r.method(), r.phone(), r.email(), r.bestTimes(), r.mayIdentify(), r.medications(),
                cipher.encrypt(r.message()), r.language(), created, created);
        long id = jdbc.queryForObject("select id from consultation_request where submission_token = ?", Long.class,
                TOKEN_PREFIX + r.key());
        for (String concern : r.concerns()) {
            jdbc.update("insert into consultation_concern (consultation_request_id, concern) values (?, ?)", id,
                    concern);
        }
        return id;
    }

    private void status(long requestId, String status, String assignee, Instant changedAt) {
        jdbc.update("update consultation_request set status = ?, assignee_id = ?, status_changed_at = ? where id = ?",
                status, assignee == null ? null : account(assignee), changedAt == null ? null : ts(changedAt),
                requestId);
    }

    private void event(long requestId, LocalDate today, int daysAgo, int hour, String actor, String kind,
            String from, String to, String assignee, String note) {
        jdbc.update("""
                insert into consultation_event (request_id, occurred_at, actor_id, actor_name, kind, from_status,
                    to_status, assignee_id, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", requestId,
                ts(at(today, daysAgo, hour)), account(actor), names.get(actor), kind, from, to,
                assignee == null ? null : account(assignee), note);
    }

    private long account(String username) {
        return accounts.computeIfAbsent(username, u -> {
            Map<String, Object> row = jdbc.queryForMap("select id, display_name from user_account where username = ?",
                    u);
            names.put(u, (String) row.get("display_name"));
            return ((Number) row.get("id")).longValue();
        });
    }

    private Instant at(LocalDate today, int daysAgo, int hour) {
        ZoneId zone = clinic.timeZone();
        return today.minusDays(daysAgo).atTime(hour, 0).atZone(zone).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
