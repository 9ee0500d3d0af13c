package com.milestonerecovery.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.monitoring.Questionnaire;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.context.annotation.Profile;
import org.springframework.transaction.annotation.Transactional;

/**
 * Synthetic clinical history for the demo: a client record and a versioned medication plan for every demo
 * client, and 60 days of dose records (deterministic pseudo-random, so figures are stable between runs).
 * Written with plain SQL: this is fixture loading, not a user action, and the history lies outside the
 * 48-hour window the dose service allows for late entries.
 */
@Component
@Profile("demo")
class DemoClinicalData {

    static final int HISTORY_DAYS = 60;

    private final JdbcTemplate jdbc;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final FieldCipher cipher;

    DemoClinicalData(JdbcTemplate jdbc, ClinicProperties clinic, Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.clinic = clinic;
        this.clock = clock;
    }

    record Item(String slug, String dose, String unit, String route, String times, Integer maxDaily, int startDaysAgo,
            Integer discontinuedDaysAgo, String discontinuedReason, String purpose, String instructions) {
    }

    @Transactional
    void load() {
        if (jdbc.queryForObject("select count(*) from client", Integer.class) > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        long clinician = accountId("clinician");
        long clinician2 = accountId("clinician2");
        // Dr. Carrillo works shorter Fridays; Dr. Whitfield works the clinic's hours.
        for (int day = 1; day <= 5; day++) {
            jdbc.update("insert into clinician_hours (clinician_id, day_of_week, starts_at, ends_at) values (?, ?, ?, ?)",
                    clinician2, day, java.sql.Time.valueOf("08:00:00"), java.sql.Time.valueOf(day == 5 ? "12:00:00" : "17:00:00"));
        }

        long client = createClient("client", "C-10001", "Jamie", clinician);
        long plan = createPlan(client, "Stay free from opioid use. Sleep about seven hours most nights. "
                + "Feel less anxious at work and at home.", 4, today);
        List<Long> items = new ArrayList<>();
        items.add(item(plan, today, "Dr. Dana Whitfield", new Item("buprenorphine-naloxone", "8", "mg", "sublingual", "08:00", null, 120,
                null, null, "Eases cravings and withdrawal", "Let the film dissolve under your tongue. "
                        + "Do not chew or swallow it.")));
        items.add(item(plan, today, "Dr. Dana Whitfield", new Item("sertraline", "50", "mg", "oral", "08:00", null, 100, null, null,
                "Mood and anxiety", "Take with breakfast.")));
        items.add(item(plan, today, "Dr. Dana Whitfield", new Item("ramelteon", "8", "mg", "oral", "21:30", null, 60, null, null,
                "Sleep", "Take 30 minutes before bed. Not with a heavy meal.")));
        items.add(item(plan, today, "Dr. Dana Whitfield", new Item("hydroxyzine", "25", "mg", "oral", null, 3, 60, null, null,
                "Anxiety when it spikes", "Up to 3 doses a day, at least 6 hours apart. May cause drowsiness.")));
        items.add(item(plan, today, "Dr. Dana Whitfield", new Item("trazodone", "50", "mg", "oral", "21:30", null, 100, 60,
                "Morning grogginess; switched to ramelteon", "Sleep", "Take at bedtime.")));
        revision(plan, 1, today.minusDays(120), clinician, "Dr. Dana Whitfield", "Starting treatment",
                "Added: Buprenorphine/naloxone 8 mg, daily at 08:00");
        revision(plan, 2, today.minusDays(100), clinician, "Dr. Dana Whitfield", "Low mood and poor sleep at review",
                "Added: Sertraline 25 mg, daily at 08:00\nAdded: Trazodone 50 mg, daily at 21:30");
        revision(plan, 3, today.minusDays(60), clinician, "Dr. Dana Whitfield", "Morning grogginess from trazodone",
                "Discontinued: Trazodone 50 mg\nAdded: Ramelteon 8 mg, daily at 21:30\n"
                        + "Added: Hydroxyzine 25 mg, as needed, up to 3 a day");
        revision(plan, 4, today.minusDays(40), clinician, "Dr. Dana Whitfield", "Partial response after 8 weeks",
                "Changed: Sertraline 25 mg -> 50 mg, daily at 08:00");
        doses(client, plan, today, new Random(7), 0.92);
        checkIns(client, today, new Random(11), 3);
        roughEvening(client, today.minusDays(1));
        appointments(client, clinician, today, 1, 0); // on the hour: client01 has the same clinician at half past
        jdbc.update("""
                insert into care_team_note (client_id, author_id, author_name, body, visible_to_client, created_at)
                values (?, ?, ?, ?, true, ?)""", client, clinician, "Dr. Dana Whitfield",
                cipher.encrypt("You have kept up your morning doses really well this month. At your next visit we"
                        + " will talk about how the new sleep medicine is working."), ts(clock.instant().minusSeconds(2 * 86400)));

        String[][] templates = {
                {"buprenorphine-naloxone", "8", "sublingual", "08:00", "Eases cravings and withdrawal"},
                {"methadone", "60", "oral", "07:30", "Prevents withdrawal and cravings"},
                {"naltrexone", "50", "oral", "09:00", "Blocks the effects of opioids and eases cravings"},
                {"acamprosate", "666", "oral", "08:00,14:00,20:00", "Helps you stay off alcohol"}};
        String[][] second = {{"escitalopram", "10", "08:00", "Mood and anxiety"},
                {"bupropion", "150", "08:00", "Mood and energy"}, {"mirtazapine", "15", "21:00", "Mood and sleep"},
                {"buspirone", "10", "08:00,20:00", "Anxiety"}};
        Random random = new Random(42);
        for (int i = 1; i <= DemoDataSeeder.EXTRA_CLIENTS; i++) {
            String username = "client%02d".formatted(i);
            long id = createClient(username, "C-%05d".formatted(10001 + i), null, i % 2 == 0 ? clinician2 : clinician);
            long p = createPlan(id, "Stay in treatment and keep appointments.", 1, today);
            String[] t = templates[i % templates.length];
            item(p, today, i % 2 == 0 ? "Dr. Luis Carrillo" : "Dr. Dana Whitfield", new Item(t[0], t[1], "mg", t[2], t[3], null, 70 + i, null, null, t[4], null));
            String[] s = second[i % second.length];
            if (i % 3 != 0) {
                item(p, today, i % 2 == 0 ? "Dr. Luis Carrillo" : "Dr. Dana Whitfield", new Item(s[0], s[1], "mg", "oral", s[2], null, 65, null, null, s[3], null));
            }
            revision(p, 1, today.minusDays(70 + i), i % 2 == 0 ? clinician2 : clinician,
                    i % 2 == 0 ? "Dr. Luis Carrillo" : "Dr. Dana Whitfield", "Starting treatment", "Plan started");
            // Adherence from about 55% to 98%, so some clients fall under the 80% attention line.
            doses(id, p, today, random, 0.55 + (i * 37 % 44) / 100.0);
            checkIns(id, today, random, 2 + i % 5);
            appointments(id, i % 2 == 0 ? clinician2 : clinician, today, i, 30);
        }
    }

    /** A check-in with cravings of 8 last night: an urgent flag the care team has not seen yet. */
    private void roughEvening(long clientId, LocalDate day) {
        Instant at = day.atTime(21, 40).atZone(clinic.timeZone()).toInstant();
        jdbc.update("""
                insert into check_in (client_id, local_date, recorded_at, cravings, mood, sleep_hours, note, urgent)
                values (?, ?, ?, 8, 3, null, ?, true)""", clientId, day, ts(at),
                cipher.encrypt("Ran into an old friend. Rough evening."));
        long checkInId = jdbc.queryForObject("select max(id) from check_in where client_id = ?", Long.class, clientId);
        jdbc.update("""
                insert into urgent_flag (client_id, check_in_id, reason, raised_at)
                values (?, ?, 'HIGH_CRAVINGS', ?)""", clientId, checkInId, ts(at));
    }

    private long accountId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private long createClient(String username, String reference, String preferredName, long clinicianId) {
        long account = accountId(username);
        String name = preferredName != null ? preferredName
                : jdbc.queryForObject("select display_name from user_account where id = ?", String.class, account);
        jdbc.update("""
                insert into client (account_id, reference, preferred_name, primary_clinician_id, created_at)
                values (?, ?, ?, ?, ?)""", account, reference, name, clinicianId, ts(clock.instant()));
        return jdbc.queryForObject("select id from client where account_id = ?", Long.class, account);
    }

    private long createPlan(long clientId, String goals, int revision, LocalDate today) {
        jdbc.update("insert into medication_plan (client_id, goals, revision, updated_at) values (?, ?, ?, ?)",
                clientId, goals, revision, ts(clock.instant()));
        return jdbc.queryForObject("select id from medication_plan where client_id = ?", Long.class, clientId);
    }

    private long item(long planId, LocalDate today, String prescriber, Item item) {
        jdbc.update("""
                insert into plan_item (plan_id, medication_id, dose_amount, dose_unit, route, as_needed, times,
                    max_daily_doses, start_date, purpose, instructions, prescriber, discontinued_on,
                    discontinued_reason)
                values (?, (select id from medication where slug = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                planId, item.slug(), new java.math.BigDecimal(item.dose()), item.unit(), item.route(),
                item.times() == null, item.times(), item.maxDaily(), today.minusDays(item.startDaysAgo()),
                item.purpose(), item.instructions(), prescriber,
                item.discontinuedDaysAgo() == null ? null : today.minusDays(item.discontinuedDaysAgo()),
                item.discontinuedReason());
        return jdbc.queryForObject("select max(id) from plan_item where plan_id = ?", Long.class, planId);
    }

    private void revision(long planId, int revision, LocalDate day, long byId, String by, String reason,
            String changes) {
        jdbc.update("""
                insert into plan_revision (plan_id, revision, changed_at, changed_by_id, changed_by, reason, changes)
                values (?, ?, ?, ?, ?, ?, ?)""", planId, revision,
                ts(day.atTime(10, 15).atZone(clinic.timeZone()).toInstant()), byId, by, reason, changes);
    }

    /** Dose records for the last 60 days before today: taken, skipped with a reason, or simply missing. */
    private void doses(long clientId, long planId, LocalDate today, Random random, double takeRate) {
        ZoneId zone = clinic.timeZone();
        List<Object[]> rows = new ArrayList<>();
        List<java.util.Map<String, Object>> items = jdbc.queryForList("""
                select id, as_needed, times, start_date, discontinued_on, max_daily_doses
                from plan_item where plan_id = ?""", planId);
        String[] reasons = {"Forgot", "Felt sick", "Ran out", "Side effects"};
        for (LocalDate day = today.minusDays(HISTORY_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            for (var row : items) {
                LocalDate start = ((java.sql.Date) row.get("start_date")).toLocalDate();
                java.sql.Date stop = (java.sql.Date) row.get("discontinued_on");
                if (day.isBefore(start) || (stop != null && !day.isBefore(stop.toLocalDate()))) {
                    continue;
                }
                long itemId = ((Number) row.get("id")).longValue();
                if (Boolean.TRUE.equals(row.get("as_needed"))) {
                    int n = random.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        Instant at = day.atTime(11 + k * 5, 0).atZone(zone).toInstant();
                        rows.add(new Object[] {clientId, itemId, null, day, "TAKEN", null, ts(at), false});
                    }
                    continue;
                }
                for (String time : ((String) row.get("times")).split(",")) {
                    Instant due = day.atTime(LocalTime.parse(time.strip())).atZone(zone).toInstant();
                    double roll = random.nextDouble();
                    if (roll < takeRate) {
                        boolean late = random.nextDouble() < 0.05;
                        Instant recorded = due.plusSeconds(late ? 5 * 3600 : random.nextInt(1800));
                        rows.add(new Object[] {clientId, itemId, ts(due), day, "TAKEN", null, ts(recorded), late});
                    } else if (roll < takeRate + (1 - takeRate) / 3) {
                        rows.add(new Object[] {clientId, itemId, ts(due), day, "SKIPPED",
                                reasons[random.nextInt(reasons.length)], ts(due.plusSeconds(600)), false});
                    }
                }
            }
        }
        jdbc.batchUpdate("""
                insert into dose_log (client_id, plan_item_id, scheduled_for, local_date, status, skip_reason,
                    recorded_at, late) values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * Check-ins on most days of the last 60, with PHQ-9 and GAD-7 every 14 days. {@code baseline} sets how
     * strong cravings usually are; a few days are rough, and one recent day raises an urgent flag.
     */
    private void checkIns(long clientId, LocalDate today, Random random, int baseline) {
        ZoneId zone = clinic.timeZone();
        for (LocalDate day = today.minusDays(HISTORY_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            if (random.nextDouble() < 0.2) {
                continue; // not every day
            }
            Instant at = day.atTime(19, 30).atZone(zone).toInstant();
            boolean rough = random.nextDouble() < 0.08;
            int cravings = Math.min(10, baseline + random.nextInt(3) + (rough ? 4 : 0));
            int mood = Math.max(0, 7 - random.nextInt(3) - (rough ? 3 : 0));
            double sleep = 5 + random.nextInt(7) * 0.5;
            jdbc.update("""
                    insert into check_in (client_id, local_date, recorded_at, cravings, mood, sleep_hours, note, urgent)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", clientId, day, ts(at), cravings, mood, sleep,
                    rough ? cipher.encrypt("Hard day.") : null, cravings >= 8);
            long checkInId = jdbc.queryForObject("select max(id) from check_in where client_id = ?", Long.class,
                    clientId);
            if (cravings >= 8) {
                boolean handled = day.isBefore(today.minusDays(3));
                jdbc.update("""
                        insert into urgent_flag (client_id, check_in_id, reason, raised_at, acknowledged_at, resolved_at)
                        values (?, ?, 'HIGH_CRAVINGS', ?, ?, ?)""", clientId, checkInId, ts(at),
                        handled ? ts(at.plusSeconds(3600 * 14)) : null, handled ? ts(at.plusSeconds(3600 * 30)) : null);
            }
            if (random.nextDouble() < 0.1) {
                Long sideEffect = jdbc.queryForObject("""
                        select min(s.id) from medication_side_effect s join plan_item i on i.medication_id = s.medication_id
                        join medication_plan p on p.id = i.plan_id where p.client_id = ? and s.serious = false""",
                        Long.class, clientId);
                if (sideEffect != null) {
                    boolean resolved = day.isBefore(today.minusDays(7));
                    jdbc.update("""
                            insert into side_effect_report (client_id, check_in_id, side_effect_id, severity, reported_at,
                                status, acknowledged_at, resolved_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", clientId,
                            checkInId, sideEffect, random.nextBoolean() ? "MILD" : "MODERATE", ts(at),
                            resolved ? "RESOLVED" : "OPEN", resolved ? ts(at.plusSeconds(86400)) : null,
                            resolved ? ts(at.plusSeconds(3 * 86400)) : null);
                }
            }
            long daysAgo = today.toEpochDay() - day.toEpochDay();
            if (daysAgo == 57 || daysAgo == 43 || daysAgo == 29 || daysAgo == 15) { // so they are due again today
                questionnaire(clientId, checkInId, "PHQ9", 9, random, at, baseline);
                questionnaire(clientId, checkInId, "GAD7", 7, random, at, baseline);
            }
        }
    }

    private void questionnaire(long clientId, long checkInId, String instrument, int items, Random random,
            Instant at, int baseline) {
        int[] answers = new int[items];
        for (int k = 0; k < items; k++) {
            // Item 9 of PHQ-9 stays 0 in the demo: a positive answer is an emergency, not background data.
            answers[k] = "PHQ9".equals(instrument) && k == 8 ? 0 : Math.min(3, random.nextInt(2 + baseline / 3));
        }
        Questionnaire.Score score = Questionnaire.valueOf(instrument).score(Arrays.stream(answers).boxed().toList());
        jdbc.update("""
                insert into questionnaire_response (client_id, check_in_id, instrument, answers, total, band,
                    completed_at) values (?, ?, ?, ?, ?, ?, ?)""", clientId, checkInId, instrument,
                Arrays.stream(answers).mapToObj(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")), score.total(), score.band(), ts(at));
    }

    /** Past visits every four weeks (one missed for some clients) and the next follow-ups ahead. */
    private void appointments(long clientId, long clinicianId, LocalDate today, int i, int minute) {
        ZoneId zone = clinic.timeZone();
        int[] daysAgo = {56, 28, 14};
        for (int k = 0; k < daysAgo.length; k++) {
            Instant start = today.minusDays(daysAgo[k]).atTime(9 + (i + k) % 7, 0).atZone(zone).toInstant();
            String status = k == 1 && i % 4 == 0 ? "NO_SHOW" : "COMPLETED";
            appointment(clientId, clinicianId, k == 0 ? "MEDICATION_REVIEW" : "FOLLOW_UP", start, status,
                    "Suite C-106", null);
        }
        Instant next = today.plusDays(1 + i % 9).atTime(9 + i % 8, minute).atZone(zone).toInstant();
        appointment(clientId, clinicianId, "FOLLOW_UP", next, "SCHEDULED", i % 3 == 0 ? null : "Suite C-106",
                i % 3 == 0 ? "https://telehealth.example/visit/demo" : null);
        appointment(clientId, clinicianId, "MEDICATION_REVIEW", next.plusSeconds(28L * 24 * 3600), "SCHEDULED",
                "Suite C-106", null);
    }

    private void appointment(long clientId, long clinicianId, String type, Instant start, String status,
            String location, String telehealth) {
        jdbc.update("""
                insert into appointment (client_id, clinician_id, type, starts_at, ends_at, location, telehealth_url,
                    status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", clientId, clinicianId, type, ts(start),
                ts(start.plusSeconds(30 * 60)), location, telehealth, status, ts(clock.instant()));
        if (status.equals("SCHEDULED")) {
            // Booked appointments hold their 15-minute slots, as the scheduling service's bookings do.
            long id = jdbc.queryForObject("select max(id) from appointment where client_id = ?", Long.class, clientId);
            for (int q = 0; q < 2; q++) {
                Timestamp slot = ts(start.plusSeconds(q * 15L * 60));
                jdbc.update("insert into clinician_slot (clinician_id, slot_start, appointment_id) values (?, ?, ?)",
                        clinicianId, slot, id);
                jdbc.update("insert into client_slot (client_id, slot_start, appointment_id) values (?, ?, ?)",
                        clientId, slot, id);
            }
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
