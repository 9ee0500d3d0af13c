package com.milestonerecovery.portal.bench.load;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import com.milestonerecovery.portal.bench.load.VaadinHttpClient.Node;
import com.milestonerecovery.portal.security.Totp;

/**
 * The staff accounts the session and load benchmarks sign in with, and their two-step sign-in as a person with an
 * authenticator app does it. {@link BenchStaffSeeder} creates them in the application ({@code bench} profile, only
 * when {@code bench.staff.accounts} is set): {@code bench-clinician-001} … with {@link #PASSWORD}, enrolled in
 * two-step verification with {@link #SECRET}, each with a caseload of its own. One account per virtual staff user:
 * a TOTP code works once per account per 30-second step (the server refuses a replay), so accounts cannot be shared.
 *
 * <p>The driver remembers the last step it used per account; a sign-in of an account whose current step was already
 * used waits for the next step first ({@link #awaitUnusedStep}, outside any timed step).
 */
public final class BenchStaff {

    /** Created on the server by {@link BenchStaffSeeder}; the same as the demo accounts' password. */
    public static final String PASSWORD = "Demo-Recovery-2026";
    /** The bench clinicians' TOTP secret (Base32, 160 bits), bench profile only. */
    public static final String SECRET = "MILESTONEBENCHTOTPSECRETKEY23456";
    /** Clients in each bench clinician's caseload (the first with an open urgent flag on the dashboard). */
    static final int CASELOAD = 3;

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final Map<String, Long> WAITED_MS = new ConcurrentHashMap<>();

    private BenchStaff() {
    }

    /** {@code bench-clinician-001} for 1. */
    public static String username(int number) {
        return "bench-clinician-%03d".formatted(number);
    }

    /** The account for a 0-based index among {@code accounts} accounts. */
    public static String forIndex(int index, int accounts) {
        return username(Math.floorMod(index, accounts) + 1);
    }

    /**
     * When this account's code of the current 30-second step was used already, sleeps until the next step begins
     * (a code works once). Returns the milliseconds waited.
     */
    public static long awaitUnusedStep(String username) throws InterruptedException {
        Long last = LAST_STEP.get(username);
        long waited = 0;
        while (last != null && Totp.stepAt(Instant.now()) <= last) {
            long nextStepAt = (last + 1) * Totp.PERIOD_SECONDS * 1000L;
            long pause = Math.max(1, nextStepAt - System.currentTimeMillis() + 20);
            Thread.sleep(pause);
            waited += pause;
        }
        if (waited > 0) {
            WAITED_MS.merge("waits", 1L, Long::sum);
            WAITED_MS.merge("ms", waited, Long::sum);
        }
        return waited;
    }

    /** How often the driver waited for a new step, and for how long in all (ms). */
    public static long[] waits() {
        return new long[] {WAITED_MS.getOrDefault("waits", 0L), WAITED_MS.getOrDefault("ms", 0L)};
    }

    /**
     * The full staff sign-in: password on the login page, then, on {@code /login/two-factor}, the current code typed
     * into the code field and the verify button clicked; then the page the server sends the browser to
     * ({@code /start}, which forwards to {@code /staff}).
     */
    public static void signIn(VaadinHttpClient tab, String username) throws IOException, InterruptedException {
        tab.signIn(username, PASSWORD);
        if (!tab.location().startsWith("login/two-factor")) {
            throw new IllegalStateException("no second step after the password: landed on " + tab.location());
        }
        Node field = tab.requireId("totp-code");
        tab.type(field.id(), "value", code(username), "change");
        JsonNode answer = tab.click(tab.requireId("totp-verify").id());
        if (Boolean.TRUE.equals(tab.byId("totp-code").map(n -> n.property("invalid")).orElse(null))
                || !answer.toString().contains("start")) {
            throw new IllegalStateException("the verification code was refused");
        }
        tab.open("start");
    }

    /** The code of the current step for this account (or of the next one, after waiting, if it was used). */
    private static String code(String username) throws InterruptedException {
        awaitUnusedStep(username);
        long step = Totp.stepAt(Instant.now());
        LAST_STEP.merge(username, step, Math::max);
        return Totp.code(SECRET, step);
    }
}
