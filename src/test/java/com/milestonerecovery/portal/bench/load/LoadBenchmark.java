package com.milestonerecovery.portal.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * Load: virtual users that speak to the server as browsers do ({@link VaadinHttpClient}: bootstrap, init, UIDL
 * with sync id, client id and CSRF token, push WebSocket, unload beacons, form login with Spring's CSRF token), in
 * three scenarios ({@link Scenarios}): (a) a visitor reads {@code /} and submits a consultation request, (b) a
 * client signs in to {@code /portal}, marks a dose taken (and undoes it), submits a check-in and signs out, (c) a
 * clinician signs in to {@code /staff} (password, then the two-step code: {@link BenchStaff}), opens a client's
 * detail and signs out. One third of the virtual users run
 * each; every user thinks 1 to 3 s between actions and starts a new browser session (a new tab with no cookies)
 * for every round.
 *
 * <p>For each concurrency level (default 25, 50, 100, 200), after a ramp-up: each step's wall time from the first
 * request sent to the last response read (p50, p95, p99, max, HdrHistogram), steps per second, HTTP requests per
 * second, failures. The application runs in its own JVM ({@link ServerProcess}) on this machine, with every
 * security check on (CSRF, Vaadin's sync id and security key, method security) and BCrypt at the production work
 * factor; only the consultation form's per-address limit is raised, because every virtual user comes from
 * 127.0.0.1.
 *
 * <p>Settings: {@code bench.load.levels} (25,50,100,200), {@code bench.load.seconds} (75 per level, measured),
 * {@code bench.load.ramp} (15 s, not measured), {@code bench.url} (use a server already running instead).
 * {@code ./mvnw -Pbench-load -DskipTests verify}; see docs/BENCHMARKS.md.
 */
public final class LoadBenchmark {

    private static final double TARGET_MS = 500;
    private static final String[] CLIENTS = clients();

    private final URI base;
    private final HttpClient http = VaadinHttpClient.sharedHttp();

    private final int staffAccounts;

    private LoadBenchmark(URI base, int staffAccounts) {
        this.base = base;
        this.staffAccounts = staffAccounts;
    }

    /** Virtual user u runs scenario u % 3; the staff users (u % 3 == 2) each get account u / 3 + 1. */
    static int staffAccounts(int[] levels) {
        int users = Arrays.stream(levels).max().orElse(3);
        return Math.max(3, (users + 2) / 3);
    }

    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(System.getProperty("bench.load.levels", "25,50,100,200").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.getInteger("bench.load.seconds", 75);
        int ramp = Integer.getInteger("bench.load.ramp", 15);
        String url = System.getProperty("bench.url", "");
        int status = 1;
        ServerProcess server = null;
        try {
            long started = System.nanoTime();
            URI base;
            if (url.isBlank()) {
                System.out.println("Load benchmark: starting the application (profiles demo,bench) in its own JVM …");
                List<String> arguments = new ArrayList<>(ServerProcess.PRODUCTION_LIKE);
                arguments.add("--portal.security.bcrypt-strength=12");
                arguments.add("--portal.consultation.max-per-hour=1000000");
                // One enrolled clinician account per virtual staff user (a third of the users), see BenchStaff.
                arguments.add("--bench.staff.accounts=" + staffAccounts(levels));
                server = ServerProcess.start(List.of("-Xmx2g", "-XX:+UseG1GC"), arguments);
                base = server.base();
                System.out.printf(Locale.ROOT, "Application started in %.1f s at %s (pid %d)%n",
                        (System.nanoTime() - started) / 1e9, base, server.pid());
            } else {
                base = URI.create(url);
            }
            new LoadBenchmark(base, staffAccounts(levels)).run(levels, seconds, ramp);
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            if (server != null) {
                server.close();
            }
        }
        System.exit(status);
    }

    private void run(int[] levels, int seconds, int ramp) throws InterruptedException {
        printEnvironment();
        System.out.println("\nWarm-up: every scenario three times, one user at a time (checks that each step works) …");
        Result warm = new Result();
        for (int i = 0; i < 3; i++) {
            round(0, i, warm, false);
            round(1, i, warm, false);
            round(2, i, warm, false);
        }
        warm.failures.forEach((step, count) -> System.out.println("  warm-up failure: " + step + " x" + count));
        warm.errors.forEach(error -> System.out.println("  " + error));

        List<Level> results = new ArrayList<>();
        for (int users : levels) {
            results.add(level(users, seconds, ramp));
        }
        report(results, seconds);
    }

    // ---- one level ----------------------------------------------------------------------------------------------

    private record Level(int users, Result result, double load1, double load5) {
    }

    private static final class Result {
        final Map<String, Histogram> steps = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicLong requests = new AtomicLong();
        final AtomicLong rounds = new AtomicLong();
        /** Each HTTP request's time by the step it belongs to and its kind ("c1 sign in to /staff · login"). */
        final Map<String, Histogram> requestsInSteps = new ConcurrentHashMap<>();
        volatile boolean measuring = true;

        void recordRequest(String step, String kind, long nanos) {
            if (!measuring || step == null) {
                return;
            }
            Histogram histogram = requestsInSteps.computeIfAbsent(step + " · " + kind.replaceAll("\\d+", "{id}"),
                    s -> new Histogram(60_000_000_000L, 3));
            synchronized (histogram) {
                histogram.recordValue(Math.min(nanos, 60_000_000_000L));
            }
        }

        void record(String step, long nanos, boolean ok) {
            if (!measuring) {
                return;
            }
            if (ok) {
                Histogram histogram = steps.computeIfAbsent(step, s -> new Histogram(60_000_000_000L, 3));
                synchronized (histogram) {
                    histogram.recordValue(Math.min(nanos, 60_000_000_000L));
                }
            } else {
                failures.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    private Level level(int users, int seconds, int ramp) throws InterruptedException {
        System.out.printf(Locale.ROOT, "%n%d virtual users: %d s ramp-up, then %d s measured …%n", users, ramp, seconds);
        Result result = new Result();
        result.measuring = false;
        long rampEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(ramp);
        long end = rampEnd + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    // Users arrive spread over the ramp-up.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toMillis(ramp) + 1));
                    for (int i = 0; System.nanoTime() < end; i++) {
                        // Clients rotate over the demo client accounts; each staff user keeps its own account.
                        round(user % 3, user % 3 == 2 ? user / 3 : user / 3 + i, result, true);
                        if (System.nanoTime() < end) {
                            thinkTime();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(rampEnd - System.nanoTime())));
        result.requests.set(0);
        result.measuring = true;
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        result.measuring = false;
        double[] load = loadAverage();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(120));
        }
        threads.forEach(Thread::interrupt);
        long failed = result.failures.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf(Locale.ROOT, "  done: %,d requests measured, %d failed steps, load average %.1f%n",
                result.requests.get(), failed, load[0]);
        result.errors.stream().distinct().limit(8).forEach(error -> System.out.println("  " + error));
        return new Level(users, result, load[0], load[1]);
    }

    /** One round of one scenario in a fresh tab (a new browser session), with think time between steps. */
    private void round(int scenario, int index, Result result, boolean think) throws InterruptedException {
        String[] currentStep = {null};
        VaadinHttpClient.Timing timing = (kind, nanos, status) -> {
            if (result.measuring) {
                result.requests.incrementAndGet();
                result.recordRequest(currentStep[0], kind, nanos);
            }
        };
        try (VaadinHttpClient tab = new VaadinHttpClient(http, base, true, timing)) {
            Scenarios.Steps steps = new Scenarios.Steps() {
                @Override
                public void step(String name, Scenarios.Step step) throws InterruptedException {
                    long started = System.nanoTime();
                    currentStep[0] = name;
                    try {
                        step.run();
                        result.record(name, System.nanoTime() - started, true);
                    } catch (IOException | RuntimeException e) {
                        result.record(name, System.nanoTime() - started, false);
                        result.errors.add(name + ": " + e);
                        throw new StepFailed();
                    } finally {
                        currentStep[0] = null;
                    }
                }

                @Override
                public void think() throws InterruptedException {
                    if (think) {
                        thinkTime();
                    }
                }
            };
            switch (scenario) {
                case 0 -> Scenarios.visitor(tab, steps);
                case 1 -> Scenarios.client(tab, steps, CLIENTS[index % CLIENTS.length]);
                default -> Scenarios.clinician(tab, steps, BenchStaff.forIndex(index, staffAccounts));
            }
            result.rounds.incrementAndGet();
        } catch (StepFailed e) {
            // recorded; the next round starts with a new tab
        }
    }

    private static final class StepFailed extends RuntimeException {
        StepFailed() {
            super(null, null, false, false);
        }
    }

    private static void thinkTime() throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3001));
    }

    // ---- report -------------------------------------------------------------------------------------------------

    private void report(List<Level> levels, int seconds) {
        System.out.println("\n## Results (milliseconds from the step's first request sent to its last response read)\n");
        System.out.println("| users | step | steps | per second | p50 | p95 | p99 | max | failed |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        Integer firstOver = null;
        for (Level level : levels) {
            Map<String, Histogram> sorted = new TreeMap<>(level.result.steps);
            for (Map.Entry<String, Histogram> entry : sorted.entrySet()) {
                Histogram h = entry.getValue();
                double p95 = ms(h.getValueAtPercentile(95));
                if (p95 > TARGET_MS && firstOver == null) {
                    firstOver = level.users;
                }
                long failed = level.result.failures.getOrDefault(entry.getKey(), new AtomicLong()).get();
                System.out.printf(Locale.ROOT, "| %d | %s | %,d | %.1f | %.0f | %s | %.0f | %.0f | %d |%n",
                        level.users, entry.getKey(), h.getTotalCount(), h.getTotalCount() / (double) seconds,
                        ms(h.getValueAtPercentile(50)), p95 > TARGET_MS ? "**%.0f**".formatted(p95)
                                : "%.0f".formatted(p95), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), failed);
            }
            level.result.failures.forEach((step, count) -> {
                if (!level.result.steps.containsKey(step)) {
                    System.out.printf(Locale.ROOT, "| %d | %s | 0 | 0 | | | | | %d |%n", level.users, step, count.get());
                }
            });
        }
        System.out.println("\n| users | HTTP requests per second | steps per second | rounds finished | load average (1 min) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (Level level : levels) {
            long steps = level.result.steps.values().stream().mapToLong(Histogram::getTotalCount).sum();
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %d | %.1f |%n", level.users,
                    level.result.requests.get() / (double) seconds, steps / (double) seconds,
                    level.result.rounds.get(), level.load1);
        }
        Level first = levels.getFirst();
        System.out.printf(Locale.ROOT, "%n### Where the steps' time goes at %d users (HTTP requests of each kind within"
                + " each step, ms; per step = requests of that kind per step)%n%n", first.users);
        System.out.println("| step | request | per step | p50 | p95 | mean | share of the step's time |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        Map<String, Histogram> requests = new TreeMap<>(first.result.requestsInSteps);
        requests.forEach((key, h) -> {
            String step = key.substring(0, key.indexOf(" · "));
            Histogram steps = first.result.steps.get(step);
            if (steps == null || steps.getTotalCount() == 0) {
                return;
            }
            double stepTotal = steps.getMean() * steps.getTotalCount();
            System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.0f | %.0f | %.0f | %.0f %% |%n", step,
                    key.substring(key.indexOf(" · ") + 3), h.getTotalCount() / (double) steps.getTotalCount(),
                    ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)), ms((long) h.getMean()),
                    100.0 * h.getMean() * h.getTotalCount() / stepTotal);
        });
        long[] waits = BenchStaff.waits();
        System.out.printf(Locale.ROOT, "%nStaff users waited %d times for a new 30 s code step before signing in"
                + " (%.0f s in all, not counted in any step).%n", waits[0], waits[1] / 1000.0);
        System.out.println(firstOver == null
                ? "\nNo step's p95 passed " + (int) TARGET_MS + " ms at any level measured."
                : "\nThe first level where a step's p95 passed " + (int) TARGET_MS + " ms: " + firstOver + " users.");
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String[] clients() {
        List<String> names = new ArrayList<>(List.of("client"));
        for (int i = 1; i <= 25; i++) {
            names.add("client%02d".formatted(i));
        }
        return names.toArray(String[]::new);
    }

    public static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new double[] {load, load};
        }
    }

    public static void printEnvironment() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%nDate %s; %d processors; JVM %s %s; OS %s %s; load average %.1f%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                runtime.availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), System.getProperty("os.name"),
                System.getProperty("os.version"), loadAverage()[0]);
    }
}
