package com.milestonerecovery.portal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.milestonerecovery.portal.monitoring.Questionnaire;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the bench clients' clinical history at clinic scale: medication plans, dose records, check-ins (with
 * questionnaires, notes, side-effect reports and urgent flags in proportion) and appointments (the future ones
 * holding their slots in {@code clinician_slot} and {@code client_slot}, as the booking service would). Every
 * value is a function of the client's index and today's date (a seeded generator per client), so two loads on the
 * same day are the same clinic.
 *
 * <p>Fast on purpose: the rows are written as tab-separated files and loaded with {@code LOAD DATA LOCAL INFILE}
 * on a connection of its own ({@code allowLocalInfile=true}; foreign-key and unique checks off for that session,
 * as a restore tool would; the generator keeps every key consistent itself). Rows that other rows point at (plans,
 * plan items, appointments) get explicit ids above the current maximum.
 *
 * <p>Totals are exact: each client's share of doses, check-ins and appointments comes from a seeded weight, and
 * the shares are rounded so they add up to the requested totals. One client in the demo clinician's caseload is
 * the "heavy" one: years of history (thousands of doses, a check-in every day), for the client-detail case.
 */
final class BenchHistory {

    static final int HEAVY_DOSES = 6_000;
    static final int HEAVY_CHECK_INS = 1_500;
    static final int HEAVY_APPOINTMENTS = 80;
    private static final int DOSE_CHUNK = 1_000_000;
    private static final long SEED = 20_261_127L;
    private static final String[] SKIP_REASONS = {"Forgot", "Felt sick", "Ran out", "Side effects"};
    private static final String[] FLAG_REASONS = {"HIGH_CRAVINGS", "SEVERE_SIDE_EFFECT", "SELF_HARM_THOUGHTS"};
    private static final String[] SIDE_EFFECTS = {"Headache", "Nausea", "Trouble sleeping", "Dry mouth"};

    /** What to generate. */
    record Sizes(int clients, long doses, int checkIns, int appointments) {
    }

    /** What was loaded (or found), and how long it took. */
    record Outcome(boolean loaded, Map<String, Long> rows, double generateSeconds, double loadSeconds,
            long heavyClientId) {
    }

    private final JdbcTemplate jdbc;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final ZoneId zone;
    private final Clock clock;
    private final ZoneId systemZone = ZoneId.systemDefault();
    private final Map<Long, String> dates = new HashMap<>();

    BenchHistory(JdbcTemplate jdbc, String jdbcUrl, String user, String password, ZoneId zone, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.zone = zone;
        this.clock = clock;
    }

    /** The heavy client: the first bench client in the demo clinician's caseload. */
    long heavyClientId(long clinicianId) {
        return jdbc.queryForObject("""
                select min(c.id) from client c join user_account a on a.id = c.account_id
                where a.username like ? and c.primary_clinician_id = ?""", Long.class,
                BenchClients.CLIENT_PREFIX + "%", clinicianId);
    }

    /**
     * Loads the history unless the bench clients already have plans (a kept data directory), in which case the
     * sizes found must be the ones asked for.
     */
    Outcome ensure(Sizes sizes, long clinicianId, Path workDir) {
        long heavy = heavyClientId(clinicianId);
        long plans = jdbc.queryForObject("""
                select count(*) from medication_plan p join client c on c.id = p.client_id
                join user_account a on a.id = c.account_id where a.username like ?""", Long.class,
                BenchClients.CLIENT_PREFIX + "%");
        if (plans > 0) {
            Map<String, Long> found = counts();
            if (found.get("dose_log") < sizes.doses() || found.get("check_in") < sizes.checkIns()
                    || found.get("appointment") < sizes.appointments()) {
                throw new IllegalStateException("The kept database holds another history " + found
                        + ": delete the data directory or ask for the same sizes.");
            }
            return new Outcome(false, found, 0, 0, heavy);
        }
        long t0 = System.nanoTime();
        // One thread loads each file as soon as it is complete while this one goes on generating.
        try (Loader loader = new Loader()) {
            Files.createDirectories(workDir);
            generate(sizes, heavy, workDir, loader);
            double generatedAt = (System.nanoTime() - t0) / 1e9;
            loader.finish();
            jdbc.queryForList("analyze table medication_plan, plan_item, plan_revision, dose_log, check_in,"
                    + " questionnaire_response, urgent_flag, side_effect_report, care_team_note, appointment,"
                    + " clinician_slot, client_slot");
            double loaded = (System.nanoTime() - t0) / 1e9;
            return new Outcome(true, counts(), generatedAt, loaded, heavy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("client", "medication_plan", "plan_item", "plan_revision", "dose_log",
                "check_in", "questionnaire_response", "urgent_flag", "side_effect_report", "care_team_note",
                "appointment", "clinician_slot", "client_slot")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------- generation

    private record BenchClient(int index, long id, long clinicianId, Instant createdAt) {
    }

    private record Med(long id, String unit, String route) {
    }

    /** Writes one file per table (dose records in chunks) and hands each to the loader when it is complete. */
    private void generate(Sizes sizes, long heavyId, Path dir, Loader loader) throws IOException {
        List<BenchClient> clients = new ArrayList<>();
        jdbc.query("""
                select c.id, a.username, c.primary_clinician_id, c.created_at from client c
                join user_account a on a.id = c.account_id where a.username like ? order by c.id""", rs -> {
            int index = Integer.parseInt(rs.getString(2).substring(BenchClients.CLIENT_PREFIX.length()));
            clients.add(new BenchClient(index, rs.getLong(1), rs.getLong(3), rs.getTimestamp(4).toInstant()));
        }, BenchClients.CLIENT_PREFIX + "%");
        if (clients.size() != sizes.clients()) {
            throw new IllegalStateException("Expected " + sizes.clients() + " bench clients, found "
                    + clients.size());
        }
        Map<Long, String> clinicianNames = new HashMap<>();
        jdbc.query("select id, display_name from user_account where id in (select distinct primary_clinician_id"
                + " from client)", rs -> {
            clinicianNames.put(rs.getLong(1), rs.getString(2));
        });
        List<Med> meds = jdbc.query("select id, default_unit, default_route from medication order by id",
                (rs, i) -> new Med(rs.getLong(1), rs.getString(2), rs.getString(3)));
        Set<String> heldSlots = new HashSet<>(jdbc.queryForList(
                "select concat(clinician_id, '@', unix_timestamp(slot_start)) from clinician_slot", String.class));

        int n = clients.size();
        int heavyAt = -1;
        for (int k = 0; k < n; k++) {
            if (clients.get(k).id() == heavyId) {
                heavyAt = k;
            }
        }
        long[] doseQuota = quotas(n, heavyAt, sizes.doses(), Math.min(HEAVY_DOSES, sizes.doses()), 1, 0.0);
        long[] checkInQuota = quotas(n, heavyAt, sizes.checkIns(), Math.min(HEAVY_CHECK_INS, sizes.checkIns()), 2,
                0.08);
        long[] appointmentQuota = quotas(n, heavyAt, sizes.appointments(),
                Math.min(HEAVY_APPOINTMENTS, sizes.appointments()), 3, 0.0);

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        long planId = next("medication_plan");
        long itemId = next("plan_item");
        long appointmentId = next("appointment");

        Map<Long, Cursor> cursors = new HashMap<>();
        Path plansFile = dir.resolve("medication_plan.tsv");
        Path itemsFile = dir.resolve("plan_item.tsv");
        Path revisionsFile = dir.resolve("plan_revision.tsv");
        Path checkInsFile = dir.resolve("check_in.tsv");
        Path questionnairesFile = dir.resolve("questionnaire_response.tsv");
        Path flagsFile = dir.resolve("urgent_flag.tsv");
        Path sideEffectsFile = dir.resolve("side_effect_report.tsv");
        Path notesFile = dir.resolve("care_team_note.tsv");
        Path appointmentsFile = dir.resolve("appointment.tsv");
        Path clinicianSlotsFile = dir.resolve("clinician_slot.tsv");
        Path clientSlotsFile = dir.resolve("client_slot.tsv");
        List<Path> doseFiles = new ArrayList<>();
        try (Tsv plans = new Tsv(plansFile); Tsv items = new Tsv(itemsFile); Tsv revisions = new Tsv(revisionsFile);
                Tsv checkIns = new Tsv(checkInsFile); Tsv questionnaires = new Tsv(questionnairesFile);
                Tsv flags = new Tsv(flagsFile); Tsv sideEffects = new Tsv(sideEffectsFile);
                Tsv notes = new Tsv(notesFile); Tsv appointments = new Tsv(appointmentsFile);
                Tsv clinicianSlots = new Tsv(clinicianSlotsFile); Tsv clientSlots = new Tsv(clientSlotsFile)) {
            Tsv doses = null;
            long dosesInChunk = 0;
            for (int k = 0; k < n; k++) {
                BenchClient client = clients.get(k);
                boolean heavy = k == heavyAt;
                SplittableRandom random = new SplittableRandom(SEED + client.index());
                String clinicianName = clinicianNames.get(client.clinicianId());

                // The plan: a twice-daily medication (four times a day for the heavy client: two of them), and an
                // as-needed one for some; one client in ten has only the as-needed one (no adherence figure).
                boolean asNeededOnly = !heavy && random.nextInt(100) < 10;
                double takeRate = 1 - 0.6 * Math.pow(random.nextDouble(), 3);
                List<Item> scheduled = new ArrayList<>();
                Item asNeeded = null;
                long plan = planId++;
                if (!asNeededOnly) {
                    scheduled.add(new Item(itemId++, meds.get(random.nextInt(meds.size())), "08:00,20:00"));
                    if (heavy) {
                        scheduled.add(new Item(itemId++, meds.get(random.nextInt(meds.size())), "12:00,16:00"));
                    }
                }
                if (asNeededOnly || random.nextInt(100) < 30) {
                    asNeeded = new Item(itemId++, meds.get(random.nextInt(meds.size())), null);
                }

                // Dose records, newest day first until the client's share is reached; written oldest first.
                List<String[]> doseRows = new ArrayList<>();
                LocalDate day = today.minusDays(1);
                long quota = doseQuota[k];
                while (doseRows.size() < quota) {
                    for (Item item : scheduled) {
                        Instant dayStart = day.atStartOfDay(zone).toInstant();
                        for (int secondOfDay : item.secondsOfDay()) {
                            if (doseRows.size() >= quota) {
                                break;
                            }
                            Instant due = dayStart.plusSeconds(secondOfDay);
                            double roll = random.nextDouble();
                            if (roll < takeRate) {
                                boolean late = random.nextInt(100) < 5;
                                Instant at = due.plusSeconds(late ? 5 * 3600 : random.nextInt(1800));
                                doseRows.add(dose(client.id(), item.id(), due, day, "TAKEN", null, at, late,
                                        random.nextInt(1000) < 3));
                            } else if (roll < takeRate + (1 - takeRate) / 3) {
                                doseRows.add(dose(client.id(), item.id(), due, day, "SKIPPED",
                                        SKIP_REASONS[random.nextInt(SKIP_REASONS.length)], due.plusSeconds(600),
                                        false, false));
                            }
                        }
                    }
                    if (asNeeded != null && doseRows.size() < quota
                            && (asNeededOnly || random.nextInt(100) < 20)) {
                        Instant at = day.atTime(11, random.nextInt(60)).atZone(zone).toInstant();
                        doseRows.add(dose(client.id(), asNeeded.id(), null, day, "TAKEN", null, at, false, false));
                    }
                    day = day.minusDays(1);
                }
                LocalDate planStart = day.plusDays(1).isBefore(today.minusDays(30)) ? day.plusDays(1)
                        : today.minusDays(30);
                for (int r = doseRows.size() - 1; r >= 0; r--) {
                    if (doses == null || dosesInChunk == DOSE_CHUNK) {
                        if (doses != null) {
                            doses.close();
                            loader.submit(doseFiles.getLast());
                        }
                        Path file = dir.resolve("dose_log-%03d.tsv".formatted(doseFiles.size()));
                        doseFiles.add(file);
                        doses = new Tsv(file);
                        dosesInChunk = 0;
                    }
                    doses.row(doseRows.get(r));
                    dosesInChunk++;
                }

                Instant planCreated = planStart.atTime(10, 0).atZone(zone).toInstant();
                plans.row(s(plan), s(client.id()), null, "1", ts(planCreated));
                for (Item item : scheduled) {
                    items.row(s(item.id()), s(plan), s(item.med().id()), "1.000", item.med().unit(),
                            item.med().route(), "0", item.times(), null, planStart.toString(), "Maintenance",
                            null, clinicianName, null, null, null);
                }
                if (asNeeded != null) {
                    items.row(s(asNeeded.id()), s(plan), s(asNeeded.med().id()), "1.000", asNeeded.med().unit(),
                            asNeeded.med().route(), "1", null, "3", planStart.toString(), "When needed", null,
                            clinicianName, null, null, null);
                }
                int revisionCount = heavy ? 40 : 1;
                for (int r = 1; r <= revisionCount; r++) {
                    revisions.row(s(plan), s(r), ts(planCreated.plusSeconds(86_400L * r)), s(client.clinicianId()),
                            clinicianName, r == 1 ? "Plan created" : "Dose review", "Synthetic change " + r);
                }

                // Check-ins: the latest within the last 30 days, then back one to five days apart (daily for the
                // heavy client); questionnaires, notes, side effects and resolved flags in proportion.
                LocalDate checkInDay = today.minusDays(random.nextInt(30));
                for (long c = 0; c < checkInQuota[k]; c++) {
                    Instant at = checkInDay.atTime(19, 30).atZone(zone).toInstant()
                            .plusSeconds(random.nextInt(3600));
                    if (at.isAfter(now)) {
                        at = now.minusSeconds(60);
                    }
                    boolean rough = random.nextInt(100) < 5;
                    int cravings = Math.min(10, random.nextInt(6) + (rough ? 4 : 0));
                    int mood = Math.max(0, 8 - random.nextInt(4) - (rough ? 3 : 0));
                    checkIns.row(s(client.id()), checkInDay.toString(), ts(at), s(cravings), s(mood),
                            (5 + random.nextInt(7) * 0.5) + "", rough ? "Hard day." : null, cravings >= 8 ? "1" : "0");
                    if (c % 7 == 0) {
                        Questionnaire q = c % 14 == 0 ? Questionnaire.PHQ9 : Questionnaire.GAD7;
                        questionnaire(questionnaires, q, client.id(), at, random);
                    }
                    if (c % 10 == 5) {
                        notes.row(s(client.id()), s(client.clinicianId()), clinicianName,
                                "Synthetic note " + c + ".", random.nextInt(100) < 30 ? "1" : "0",
                                ts(at.plusSeconds(3600)));
                    }
                    if (c % 40 == 20) {
                        Instant resolved = at.plusSeconds(7200);
                        sideEffects.row(s(client.id()), null, null, SIDE_EFFECTS[random.nextInt(SIDE_EFFECTS.length)],
                                random.nextBoolean() ? "MILD" : "MODERATE", ts(at), "RESOLVED", ts(resolved),
                                s(client.clinicianId()), "Synthetic reply.", ts(resolved), ts(resolved),
                                s(client.clinicianId()), s(client.clinicianId()));
                    }
                    if (c % 20 == 10) {
                        Instant resolved = at.plusSeconds(5400);
                        flags.row(s(client.id()), null, "HIGH_CRAVINGS", ts(at), ts(resolved), s(client.clinicianId()),
                                ts(resolved), "Synthetic reply.", ts(resolved), s(client.clinicianId()),
                                s(client.clinicianId()));
                    }
                    checkInDay = checkInDay.minusDays(heavy ? 1 : 1 + random.nextInt(5));
                }
                // Open flags: none for most, one to three for 8 %, raised in the last ten days; some acknowledged.
                int roll = random.nextInt(100);
                int open = roll < 92 ? 0 : roll < 97 ? 1 : roll < 99 ? 2 : 3;
                if (heavy) {
                    open = 2;
                }
                for (int f = 0; f < open; f++) {
                    Instant raised = now.minusSeconds(random.nextLong(10L * 86_400));
                    boolean acknowledged = random.nextInt(100) < 40;
                    flags.row(s(client.id()), null, FLAG_REASONS[random.nextInt(FLAG_REASONS.length)], ts(raised),
                            acknowledged ? ts(raised.plusSeconds(3600)) : null,
                            acknowledged ? s(client.clinicianId()) : null, null, null, null, null, null);
                }

                // Appointments: one in four clients (and the heavy one) has a follow-up booked ahead, in the next
                // free half hour of their clinician's day (from today on); the rest are past visits every two weeks
                // or so back from the last one (0 to 16 days ago).
                long appointmentCount = appointmentQuota[k];
                boolean future = appointmentCount > 0 && (heavy || random.nextInt(100) < 25);
                if (future) {
                    Cursor cursor = cursors.computeIfAbsent(client.clinicianId(), id -> new Cursor(today));
                    Instant starts = cursor.next(client.clinicianId(), heldSlots, zone);
                    Instant ends = starts.plusSeconds(1800);
                    long id = appointmentId++;
                    Instant created = now.minusSeconds(86_400L * (1 + random.nextInt(14)));
                    appointments.row(s(id), s(client.id()), s(client.clinicianId()), "FOLLOW_UP", ts(starts), ts(ends),
                            "Room " + (1 + random.nextInt(6)), null, "SCHEDULED", null, null, null, null, ts(created),
                            ts(created), s(client.clinicianId()));
                    for (Instant slot = starts; slot.isBefore(ends); slot = slot.plusSeconds(900)) {
                        clinicianSlots.row(s(client.clinicianId()), ts(slot), s(id));
                        clientSlots.row(s(client.id()), ts(slot), s(id));
                    }
                    appointmentCount--;
                }
                LocalDate visit = today.minusDays(1 + random.nextInt(16));
                for (long a = 0; a < appointmentCount; a++) {
                    Instant starts = visit.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30)
                            .atZone(zone).toInstant();
                    Instant ends = starts.plusSeconds(1800);
                    int outcome = random.nextInt(100);
                    String status = outcome < 85 ? "COMPLETED" : outcome < 92 ? "NO_SHOW" : "CANCELLED";
                    Instant created = starts.minusSeconds(86_400L * 14);
                    appointments.row(s(appointmentId++), s(client.id()), s(client.clinicianId()),
                            a == appointmentCount - 1 ? "INTAKE" : "FOLLOW_UP", ts(starts), ts(ends),
                            "Room " + (1 + random.nextInt(6)), null, status, ts(ends), s(client.clinicianId()),
                            status.equals("CANCELLED") ? "Synthetic reason" : null, null, ts(created), ts(created),
                            s(client.clinicianId()));
                    visit = visit.minusDays(12 + random.nextInt(5));
                }
            }
            if (doses != null) {
                doses.close();
                loader.submit(doseFiles.getLast());
            }
        }
        for (Path file : List.of(plansFile, itemsFile, revisionsFile, checkInsFile, questionnairesFile, flagsFile,
                sideEffectsFile, notesFile, appointmentsFile, clinicianSlotsFile, clientSlotsFile)) {
            loader.submit(file);
        }
    }

    private record Item(long id, Med med, String times, int[] secondsOfDay) {

        Item(long id, Med med, String times) {
            this(id, med, times, times == null ? new int[0] : java.util.Arrays.stream(times.split(","))
                    .mapToInt(t -> LocalTime.parse(t).toSecondOfDay()).toArray());
        }
    }

    /** The next free half hour of one clinician, on weekdays from 08:00 to 17:00 clinic time, from today on. */
    private static final class Cursor {
        private LocalDate day;
        private int slot;

        Cursor(LocalDate today) {
            this.day = today;
        }

        Instant next(long clinicianId, Set<String> held, ZoneId zone) {
            while (true) {
                if (slot == 18) {
                    slot = 0;
                    day = day.plusDays(1);
                }
                if (day.getDayOfWeek().getValue() >= 6) {
                    day = day.plusDays(8 - day.getDayOfWeek().getValue());
                }
                Instant starts = day.atTime(8, 0).plusMinutes(30L * slot++).atZone(zone).toInstant();
                if (!held.contains(clinicianId + "@" + starts.getEpochSecond())
                        && !held.contains(clinicianId + "@" + (starts.getEpochSecond() + 900))) {
                    return starts;
                }
            }
        }
    }

    private void questionnaire(Tsv out, Questionnaire q, long clientId, Instant at, SplittableRandom random) {
        int items = q == Questionnaire.PHQ9 ? 9 : 7;
        int spread = 1 + random.nextInt(3);
        List<String> answers = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < items; i++) {
            int answer = Math.min(3, random.nextInt(spread + 1));
            if (q == Questionnaire.PHQ9 && i == 8) {
                answer = 0;
            }
            answers.add(String.valueOf(answer));
            total += answer;
        }
        int band = 0;
        for (int start : q.bandStarts()) {
            if (total >= start) {
                band++;
            }
        }
        out.row(s(clientId), null, q.name(), String.join(",", answers), s(total), q.bands().get(band), ts(at));
    }

    private String[] dose(long clientId, long itemId, Instant due, LocalDate day, String status, String reason,
            Instant recorded, boolean late, boolean voided) {
        return new String[] {s(clientId), s(itemId), due == null ? null : ts(due), day.toString(), status, reason,
                ts(recorded), late ? "1" : "0", voided ? ts(recorded.plusSeconds(60)) : null};
    }

    /**
     * Shares of {@code total} for {@code n} clients: the heavy one gets {@code heavyShare}, a fraction
     * {@code noneShare} of the others none, the rest a seeded weight (0.2 to 1.8 of the mean); rounded on the
     * running sum so the shares add up exactly.
     */
    private static long[] quotas(int n, int heavyAt, long total, long heavyShare, int stream, double noneShare) {
        double[] weights = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            if (k == heavyAt) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(SEED * 31 + stream * 1_000_003L + k);
            weights[k] = random.nextDouble() < noneShare ? 0 : 0.2 + 1.6 * random.nextDouble();
            sum += weights[k];
        }
        long rest = total - (heavyAt >= 0 ? heavyShare : 0);
        long[] quotas = new long[n];
        double running = 0;
        long given = 0;
        for (int k = 0; k < n; k++) {
            if (k == heavyAt) {
                quotas[k] = heavyShare;
                continue;
            }
            running += weights[k];
            long upTo = sum == 0 ? 0 : Math.round(rest * running / sum);
            quotas[k] = upTo - given;
            given = upTo;
        }
        return quotas;
    }

    private long next(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 1 : max + 1;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in the JVM's zone; the date part cached (DateTimeFormatter is slow at 10M rows). */
    private String ts(Instant instant) {
        long seconds = instant.getEpochSecond() + systemZone.getRules().getOffset(instant).getTotalSeconds();
        long day = Math.floorDiv(seconds, 86_400L);
        int time = (int) Math.floorMod(seconds, 86_400L);
        String date = dates.computeIfAbsent(day, d -> LocalDate.ofEpochDay(d).toString());
        char[] chars = new char[19];
        date.getChars(0, 10, chars, 0);
        chars[10] = ' ';
        two(chars, 11, time / 3600);
        chars[13] = ':';
        two(chars, 14, time / 60 % 60);
        chars[16] = ':';
        two(chars, 17, time % 60);
        return new String(chars);
    }

    private static void two(char[] chars, int at, int value) {
        chars[at] = (char) ('0' + value / 10);
        chars[at + 1] = (char) ('0' + value % 10);
    }

    private static String s(long value) {
        return Long.toString(value);
    }

    // -------------------------------------------------------------------------------------------------- loading

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("medication_plan", "id, client_id, goals, revision, updated_at"),
            Map.entry("plan_item", "id, plan_id, medication_id, dose_amount, dose_unit, route, as_needed, times,"
                    + " max_daily_doses, start_date, purpose, instructions, prescriber, monitoring_notes,"
                    + " discontinued_on, discontinued_reason"),
            Map.entry("plan_revision", "plan_id, revision, changed_at, changed_by_id, changed_by, reason, changes"),
            Map.entry("check_in", "client_id, local_date, recorded_at, cravings, mood, sleep_hours, note, urgent"),
            Map.entry("questionnaire_response", "client_id, check_in_id, instrument, answers, total, band,"
                    + " completed_at"),
            Map.entry("urgent_flag", "client_id, check_in_id, reason, raised_at, acknowledged_at, acknowledged_by,"
                    + " resolved_at, response, responded_at, responded_by, resolved_by"),
            Map.entry("side_effect_report", "client_id, check_in_id, side_effect_id, other_text, severity,"
                    + " reported_at, status, acknowledged_at, acknowledged_by, response, resolved_at, responded_at,"
                    + " responded_by, resolved_by"),
            Map.entry("care_team_note", "client_id, author_id, author_name, body, visible_to_client, created_at"),
            Map.entry("appointment", "id, client_id, clinician_id, type, starts_at, ends_at, location,"
                    + " telehealth_url, status, status_changed_at, status_changed_by, status_reason, staff_notes,"
                    + " created_at, time_set_at, created_by"),
            Map.entry("clinician_slot", "clinician_id, slot_start, appointment_id"),
            Map.entry("client_slot", "client_id, slot_start, appointment_id"),
            Map.entry("dose_log", "client_id, plan_item_id, scheduled_for, local_date, status, skip_reason,"
                    + " recorded_at, late, voided_at"));

    /**
     * Loads files in the order given, on one connection of its own and one thread of its own; each file is deleted
     * once loaded.
     */
    private final class Loader implements AutoCloseable {

        private final ExecutorService thread = Executors.newSingleThreadExecutor();
        private final List<Future<?>> loads = new ArrayList<>();
        private final Connection connection;

        Loader() {
            String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "allowLocalInfile=true";
            try {
                connection = DriverManager.getConnection(url, user, password);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set session foreign_key_checks = 0, unique_checks = 0");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("No loading connection", e);
            }
        }

        void submit(Path file) {
            loads.add(thread.submit(() -> {
                load(file);
                return null;
            }));
        }

        void finish() {
            for (Future<?> load : loads) {
                try {
                    load.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("Loading the history failed", e.getCause());
                }
            }
        }

        private void load(Path file) throws SQLException, IOException {
            String name = file.getFileName().toString();
            String table = name.startsWith("dose_log") ? "dose_log" : name.substring(0, name.indexOf('.'));
            long t0 = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                long rows = statement.executeLargeUpdate("load data local infile '" + file.toAbsolutePath()
                        + "' into table " + table + " character set utf8mb4 fields terminated by '\\t'"
                        + " lines terminated by '\\n' (" + COLUMNS.get(table) + ")");
                System.out.printf(Locale.ROOT, "  %-28s %,11d rows in %6.1f s%n", name, rows,
                        (System.nanoTime() - t0) / 1e9);
            }
            Files.delete(file);
        }

        @Override
        public void close() {
            thread.shutdownNow();
            try {
                connection.close();
            } catch (SQLException e) {
                // closing only
            }
        }
    }

    /** A tab-separated file; null is written as \N. */
    private static final class Tsv implements AutoCloseable {
        private final BufferedWriter out;

        Tsv(Path file) throws IOException {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void row(String... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(values[i] == null ? "\\N" : values[i]);
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
