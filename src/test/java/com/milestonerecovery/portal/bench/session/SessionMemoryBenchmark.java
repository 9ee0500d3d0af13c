package com.milestonerecovery.portal.bench.session;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.bench.load.BenchStaff;
import com.milestonerecovery.portal.bench.load.LoadBenchmark;
import com.milestonerecovery.portal.bench.load.ServerProcess;
import com.milestonerecovery.portal.bench.load.VaadinHttpClient;

/**
 * Memory per session: opens N real browser sessions (a {@link VaadinHttpClient} each: bootstrap, init, navigation,
 * the {@code @Push} WebSocket, sign-in where needed, the login page's UI unloaded as a browser does) of four kinds,
 * keeps them open, and reads the server's heap after a full GC before and after each batch:
 * <ul>
 * <li>{@code /bench-empty}: an empty route that exists only in the bench profile ({@link EmptyBenchView}), the floor;</li>
 * <li>{@code /}: the public home, anonymous;</li>
 * <li>{@code /portal}: a client after signing in (the 26 demo client accounts in turn);</li>
 * <li>{@code /staff}: a clinician after the full two-step sign-in (password and TOTP code), 200 enrolled bench
 * clinicians in turn ({@link BenchStaff}; a code works once per account per 30 s).</li>
 * </ul>
 * Retained heap per session = (used heap after the batch - used heap before it) / N, both after
 * {@code jcmd GC.run} (a full GC), every earlier session still open. Each kind is also given as a ratio to the empty
 * route in the same run. The class histogram ({@code jcmd GC.class_histogram}, live objects) before and after each
 * batch gives a second figure, live bytes per session, and for the largest N shows what the sessions are made of.
 *
 * <p>The application runs in its own JVM ({@link ServerProcess}, {@code -Xmx3g}), so the driver's objects are not
 * counted. Settings: {@code bench.sessions.sizes} (200,1000), {@code bench.sessions.top} (15 histogram rows),
 * {@code bench.sessions.kinds} (empty,home,portal,staff; a quicker run for one page: empty,portal).
 * {@code ./mvnw -Pbench-sessions -DskipTests verify}; see docs/BENCHMARKS.md.
 */
public final class SessionMemoryBenchmark {

    private static final Pattern USED = Pattern.compile("garbage-first heap\\s+total reserved \\d+K, committed \\d+K, used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    /** Enrolled bench clinicians the /staff sessions sign in with, in turn (a TOTP code works once per 30 s). */
    private static final int STAFF_ACCOUNTS = 200;

    private enum Kind {
        EMPTY("/bench-empty (floor)"), HOME("/ (public home)"), PORTAL("/portal (client)"), STAFF("/staff (clinician)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final ServerProcess server;
    private final URI base;
    private final HttpClient http = VaadinHttpClient.sharedHttp();
    private final List<VaadinHttpClient> open = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger counter = new AtomicInteger();
    private long lastHeartbeat = System.nanoTime();

    private SessionMemoryBenchmark(ServerProcess server) {
        this.server = server;
        this.base = server.base();
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sessions.sizes", "200,1000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int top = Integer.getInteger("bench.sessions.top", 15);
        List<Kind> kinds = Arrays.stream(System.getProperty("bench.sessions.kinds", "empty,home,portal,staff")
                .split(",")).map(k -> Kind.valueOf(k.trim().toUpperCase(Locale.ROOT))).toList();
        if (!kinds.contains(Kind.EMPTY)) {
            throw new IllegalArgumentException("bench.sessions.kinds must include empty: the ratios are to it");
        }
        int status = 1;
        System.out.println("Memory per session: starting the application (profiles demo,bench) in its own JVM …");
        long started = System.nanoTime();
        List<String> arguments = new java.util.ArrayList<>(ServerProcess.PRODUCTION_LIKE);
        arguments.add("--bench.staff.accounts=" + STAFF_ACCOUNTS);
        // The sessions are open tabs left alone for the whole run (about half an hour): idle logoff (15 minutes for
        // staff, 30 for clients; heartbeats do not count) would end the early ones and free their memory mid-run.
        arguments.add("--portal.security.idle.staff=3h");
        arguments.add("--portal.security.idle.client=3h");
        // Soft references (caches the JVM may drop when memory runs short) are cleared at every full GC, so both
        // figures count what the sessions hold on to, not what a cache happened to keep since the last collection.
        try (ServerProcess server = ServerProcess.start(List.of("-Xmx3g", "-XX:+UseG1GC",
                "-XX:SoftRefLRUPolicyMSPerMB=0"), arguments)) {
            System.out.printf(Locale.ROOT, "Application started in %.1f s at %s (pid %d)%n",
                    (System.nanoTime() - started) / 1e9, server.base(), server.pid());
            new SessionMemoryBenchmark(server).run(sizes, top, kinds);
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        System.exit(status);
    }

    /**
     * One batch: KiB per session by the heap's used figure after a full GC, and by the live objects the class
     * histogram counts (also after a full GC: the histogram's own). The second does not include the free space
     * left inside G1's regions, so it moves less between runs.
     */
    private record Row(Kind kind, int sessions, double kbPerSession, double liveKbPerSession, double seconds) {
    }

    private void run(int[] sizes, int top, List<Kind> kinds) throws Exception {
        printServerJvm();
        System.out.println("\nWarm-up: 20 sessions of each kind (class loading, caches, JIT); they stay open.");
        for (Kind kind : kinds) {
            openSessions(kind, 20);
        }
        int largest = Arrays.stream(sizes).max().orElseThrow();
        List<Row> rows = new ArrayList<>();
        Map<Kind, Map<String, long[]>> histograms = new LinkedHashMap<>();
        for (int n : sizes) {
            for (Kind kind : kinds) {
                keepAlive();
                Map<String, long[]> before = histogram();
                long usedBefore = usedAfterFullGc();
                long started = System.nanoTime();
                openSessions(kind, n);
                double seconds = (System.nanoTime() - started) / 1e9;
                // The same steps after the batch as before it (histogram, then the used heap), so both readings of
                // the used heap follow the same garbage collections.
                Map<String, long[]> added = diff(before, histogram());
                long usedAfter = usedAfterFullGc();
                double kb = (usedAfter - usedBefore) / (double) n;
                double liveKb = added.values().stream().mapToLong(v -> v[1]).sum() / 1024.0 / n;
                rows.add(new Row(kind, n, kb, liveKb, seconds));
                long pushing = open.stream().filter(VaadinHttpClient::pushOpen).count();
                System.out.printf(Locale.ROOT, "  %-22s N=%,5d: heap %,d -> %,d KiB after full GC: %.1f KiB per session,"
                        + " live objects %.1f KiB per session (opened in %.0f s; %,d sessions open, %,d with a push"
                        + " WebSocket)%n", kind.label, n, usedBefore, usedAfter, kb, liveKb, seconds, open.size(),
                        pushing);
                if (n == largest) {
                    histograms.put(kind, added);
                }
            }
        }
        report(rows, sizes, kinds, histograms, top);
    }

    // ---- sessions -----------------------------------------------------------------------------------------------

    private void openSessions(Kind kind, int n) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                done.add(pool.submit(() -> {
                    open.add(openOne(kind, counter.getAndIncrement()));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    private VaadinHttpClient openOne(Kind kind, int index) throws IOException, InterruptedException {
        VaadinHttpClient tab = new VaadinHttpClient(http, base, true, null);
        switch (kind) {
            case EMPTY -> tab.open(EmptyBenchView.ROUTE);
            case HOME -> tab.open("");
            case PORTAL -> {
                tab.signIn(index % 26 == 0 ? "client" : "client%02d".formatted(index % 26), "Demo-Recovery-2026");
                tab.requireId("today-summary");
            }
            case STAFF -> {
                // Password, then the account's current two-step code (BenchStaff); /start forwards to /staff.
                BenchStaff.signIn(tab, BenchStaff.forIndex(index, STAFF_ACCOUNTS));
                tab.requireId("panel-flags");
            }
        }
        return tab;
    }

    /** Heartbeats every open UI when the last round is over four minutes old (the server closes a UI after 3 missed). */
    private void keepAlive() throws Exception {
        if (System.nanoTime() - lastHeartbeat < 240_000_000_000L) {
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofVirtual().factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (VaadinHttpClient tab : List.copyOf(open)) {
                done.add(pool.submit(() -> {
                    tab.heartbeat();
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        lastHeartbeat = System.nanoTime();
    }

    // ---- the server's heap --------------------------------------------------------------------------------------

    private long usedAfterFullGc() throws IOException, InterruptedException {
        server.jcmd("GC.run");
        server.jcmd("GC.run");
        String info = server.jcmd("GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("unexpected GC.heap_info: " + info);
        }
        return Long.parseLong(used.group(1));
    }

    /** Live objects by class: class name to {instances, bytes}. */
    private Map<String, long[]> histogram() throws IOException, InterruptedException {
        Map<String, long[]> rows = new HashMap<>();
        for (String line : server.jcmd("GC.class_histogram").split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                rows.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return rows;
    }

    private static Map<String, long[]> diff(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, long[]> delta = new HashMap<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[2]);
            delta.put(name, new long[] {a[0] - b[0], a[1] - b[1]});
        });
        return delta;
    }

    // ---- report -------------------------------------------------------------------------------------------------

    private void report(List<Row> rows, int[] sizes, List<Kind> kinds, Map<Kind, Map<String, long[]>> histograms,
            int top) {
        table("## Retained heap per session (KiB, used heap after a full GC)", rows, sizes, kinds, Row::kbPerSession);
        table("## Retained heap per session (KiB, live objects in the class histogram)", rows, sizes, kinds,
                Row::liveKbPerSession);
        histograms.forEach((kind, delta) -> {
            int n = Arrays.stream(sizes).max().orElseThrow();
            System.out.printf(Locale.ROOT, "%n### What %,d sessions of %s added (live objects, top %d classes by bytes)%n%n",
                    n, kind.label, top);
            System.out.println("| class | instances per session | bytes per session | share |");
            System.out.println("|---|---:|---:|---:|");
            long total = delta.values().stream().mapToLong(v -> Math.max(0, v[1])).sum();
            delta.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(top)
                    .forEach(e -> System.out.printf(Locale.ROOT, "| `%s` | %.1f | %,.0f | %.1f %% |%n", e.getKey(),
                            e.getValue()[0] / (double) n, e.getValue()[1] / (double) n,
                            100.0 * e.getValue()[1] / total));
        });
    }

    private static void table(String title, List<Row> rows, int[] sizes, List<Kind> kinds,
            java.util.function.ToDoubleFunction<Row> figure) {
        System.out.println("\n" + title + "\n");
        StringBuilder header = new StringBuilder("| kind |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int n : sizes) {
            header.append(" N=").append(n).append(" KiB | ratio to empty |");
            rule.append("---:|---:|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (Kind kind : kinds) {
            StringBuilder line = new StringBuilder("| " + kind.label + " |");
            for (int n : sizes) {
                double empty = figure.applyAsDouble(find(rows, Kind.EMPTY, n));
                double value = figure.applyAsDouble(find(rows, kind, n));
                line.append(String.format(Locale.ROOT, " %.1f | %.2f |", value, value / empty));
            }
            System.out.println(line);
        }
    }

    private static Row find(List<Row> rows, Kind kind, int n) {
        return rows.stream().filter(r -> r.kind == kind && r.sessions == n).findFirst().orElseThrow();
    }

    private void printServerJvm() throws IOException, InterruptedException {
        LoadBenchmark.printEnvironment();
        String flags = server.jcmd("VM.flags");
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        System.out.printf(Locale.ROOT, "Server JVM: pid %d, G1, max heap %s MiB%n", server.pid(),
                max.find() ? Long.parseLong(max.group(1)) / (1024 * 1024) : "?");
    }
}
