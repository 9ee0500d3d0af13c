package com.milestonerecovery.portal.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the synthetic clients that the clients-grid benchmark pages through: every one a {@code user_account}
 * (role CLIENT, no password, so nobody can sign in as one) and a {@code client} row with the care team's
 * figures, spread over the demo clinicians and twenty synthetic ones (one of them new, with a small caseload).
 * Plain multi-row INSERTs in one transaction, so a set is either complete or absent; a set already there is kept.
 *
 * <p>Every value is a function of the client's index (a seeded generator per row), so two runs see the same
 * clinic. The figures are written again on every run, relative to now: the demo profile recomputes all figures
 * from the clinical history at start-up, and these clients have none. Names are invented: a first and a last
 * name from short lists, then the index.
 */
final class BenchClients {

    static final String CLIENT_PREFIX = "bench-client-";
    static final String CLINICIAN_PREFIX = "bench-clinician-";
    static final int EXTRA_CLINICIANS = 20;
    /**
     * References run from C-200001 up: outside the demo's C-10001..C-10026, yet in the "C-" form that the
     * roster's reference search looks for, so a reference search here finds bench clients.
     */
    static final int FIRST_REFERENCE = 200_001;

    private static final int NEW_CLINICIAN_SHARE = 1_000;
    private static final int ROWS_PER_STATEMENT = 1_000;
    private static final long SEED = 20_261_126L;
    private static final Duration FIGURES_WINDOW = Duration.ofDays(30);
    private static final String[] FIRST = {"Alex", "Bea", "Cass", "Dev", "Eli", "Fern", "Gus", "Hal", "Ivy", "Jo",
            "Kit", "Lou", "Mara", "Marco", "Ned", "Opal", "Pia", "Rey", "Sol", "Tam"};
    private static final String[] LAST = {"Sample", "Example", "Placeholder", "Testwood", "Benchley", "Mockridge",
            "Fakename", "Stubbs", "Dummett", "Synthe"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BenchClients(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One client as generated: the row's columns, figures included. */
    record Row(String reference, String name, long clinicianId, Instant createdAt, Instant lastCheckInAt,
            Integer adherence7d, int openFlags) {
    }

    /**
     * Makes sure {@code count} bench clients exist (loading them if none do) with their figures as of now, then
     * refreshes the optimizer's statistics; clients with a clinical history are left as they are. Returns whether
     * the clients were loaded by this call.
     */
    boolean ensure(int count) {
        int present = countAccounts(CLIENT_PREFIX);
        if (present != 0 && present != count) {
            throw new IllegalStateException("The database holds " + present + " bench clients, not " + count
                    + ": use another data directory or delete this one.");
        }
        boolean load = present == 0;
        if (!load && hasHistory()) {
            // A kept database with the clinical history: the figures come from that history (the demo profile
            // recomputed them at start-up), not from this generator.
            return false;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (load) {
                insertAccounts(CLINICIAN_PREFIX, "Dr. Sample Clinician ", "%02d", EXTRA_CLINICIANS, "CLINICIAN", now);
                insertAccounts(CLIENT_PREFIX, null, "%06d", count, "CLIENT", now);
            }
            List<Long> clinicians = clinicianIds();
            long[] accounts = accountIdsByIndex(count);
            List<Object[]> rows = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                Row row = row(i, clinicians, now);
                rows.add(new Object[] {accounts[i], row.reference(), row.name(), row.clinicianId(),
                        Timestamp.from(row.createdAt()), timestamp(row.lastCheckInAt()), row.adherence7d(),
                        row.openFlags()});
            }
            // New rows on the first run; later, the unique reference turns each into an update, so a kept database
            // gets today's figures (and whatever this generator now makes).
            insertRows("""
                    insert into client (account_id, reference, preferred_name, primary_clinician_id, created_at,
                        last_check_in_at, adherence_7d, open_flags)""", """
                    on duplicate key update preferred_name = values(preferred_name),
                        primary_clinician_id = values(primary_clinician_id), created_at = values(created_at),
                        last_check_in_at = values(last_check_in_at), adherence_7d = values(adherence_7d),
                        open_flags = values(open_flags)""", rows);
        });
        jdbc.queryForList("analyze table client, user_account");
        return load;
    }

    /** Whether the bench clients have their clinical history ({@link BenchHistory}): they have plans then. */
    boolean hasHistory() {
        return jdbc.queryForObject("""
                select count(*) from medication_plan p join client c on c.id = p.client_id
                join user_account a on a.id = c.account_id where a.username like ?""", Long.class,
                CLIENT_PREFIX + "%") > 0;
    }

    /** The generated client with this index (1-based): the same on every run, apart from times relative to now. */
    static Row row(int index, List<Long> clinicians, Instant now) {
        SplittableRandom random = new SplittableRandom(SEED + index);
        String name = name(random, index);
        // The last synthetic clinician is new here (one client in a thousand); the others share the rest evenly.
        long clinician = index % NEW_CLINICIAN_SHARE == 0 ? clinicians.getLast()
                : clinicians.get(random.nextInt(clinicians.size() - 1));
        Instant createdAt = now.minus(FIGURES_WINDOW).minusSeconds(random.nextLong(3L * 365 * 86_400));
        // 8 % never checked in; the others within the last 30 days.
        Instant lastCheckIn = random.nextInt(100) < 8 ? null
                : now.minusSeconds(random.nextLong(FIGURES_WINDOW.toSeconds()));
        // 10 % without a figure (no scheduled doses); the others 40..100, most high: three in ten under 80.
        Integer adherence = random.nextInt(100) < 10 ? null
                : 100 - (int) Math.round(60 * Math.pow(random.nextDouble(), 3));
        // Most have no open flag; 8 % have one to three.
        int roll = random.nextInt(100);
        int openFlags = roll < 92 ? 0 : roll < 97 ? 1 : roll < 99 ? 2 : 3;
        return new Row("C-" + (FIRST_REFERENCE + index - 1), name, clinician, createdAt, lastCheckIn,
                adherence, openFlags);
    }

    /** The client's name, also the display name of their account. */
    static String name(int index) {
        return name(new SplittableRandom(SEED + index), index);
    }

    private static String name(SplittableRandom random, int index) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " "
                + "%06d".formatted(index);
    }

    /** The primary clinicians the clients are spread over: the demo's two, then the synthetic ones. */
    List<Long> clinicianIds() {
        List<Long> ids = new ArrayList<>(jdbc.queryForList(
                "select id from user_account where username in ('clinician', 'clinician2') order by username",
                Long.class));
        ids.addAll(jdbc.queryForList("select id from user_account where username like ? order by username",
                Long.class, CLINICIAN_PREFIX + "%"));
        if (ids.size() != 2 + EXTRA_CLINICIANS) {
            throw new IllegalStateException("Expected the demo clinicians and " + EXTRA_CLINICIANS
                    + " bench clinicians, found " + ids.size() + " (is the demo profile active?)");
        }
        return Collections.unmodifiableList(ids);
    }

    /** The synthetic clinician with the small caseload. */
    long newClinicianId() {
        return clinicianIds().getLast();
    }

    private int countAccounts(String prefix) {
        return jdbc.queryForObject("select count(*) from user_account where username like ?", Integer.class,
                prefix + "%");
    }

    private void insertAccounts(String prefix, String namePrefix, String numberFormat, int count, String role,
            Instant now) {
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String number = numberFormat.formatted(i);
            String displayName = namePrefix != null ? namePrefix + number : name(i);
            rows.add(new Object[] {prefix + number, prefix + number + "@example.invalid", displayName,
                    Timestamp.from(now)});
        }
        insertRows("insert into user_account (username, email, display_name, created_at)", "", rows);
        jdbc.update("insert into user_account_role (user_account_id, role) select id, ? from user_account"
                + " where username like ?", role, prefix + "%");
    }

    private long[] accountIdsByIndex(int count) {
        long[] ids = new long[count + 1];
        jdbc.query("select id, username from user_account where username like ?", rs -> {
            ids[Integer.parseInt(rs.getString(2).substring(CLIENT_PREFIX.length()))] = rs.getLong(1);
        }, CLIENT_PREFIX + "%");
        return ids;
    }

    /** {@code head values (?, ...), (?, ...) tail}, a thousand rows a statement. */
    private void insertRows(String head, String tail, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String tuple = "(" + "?, ".repeat(chunk.getFirst().length - 1) + "?)";
            StringBuilder sql = new StringBuilder(head).append(" values ");
            List<Object> args = new ArrayList<>(chunk.size() * chunk.getFirst().length);
            for (Object[] row : chunk) {
                sql.append(args.isEmpty() ? "" : ", ").append(tuple);
                Collections.addAll(args, row);
            }
            jdbc.update(sql.append(' ').append(tail).toString(), args.toArray());
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
