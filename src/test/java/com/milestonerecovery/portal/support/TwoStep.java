package com.milestonerecovery.portal.support;

import java.time.Clock;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.milestonerecovery.portal.security.Totp;

/**
 * The second sign-in step in real-browser journeys, done as a person with an authenticator app would: the
 * code is computed from the secret with the same TOTP library, at the application's clock (tests may pin it).
 * Demo staff accounts are pre-enrolled with {@link #DEMO_SECRET} (demo profile only).
 */
public final class TwoStep {

    /** The demo staff accounts' TOTP secret (DemoDataSeeder.TOTP_SECRET, documented in the README). */
    public static final String DEMO_SECRET = "MILESTONEDEMOTOTPSECRETKEY234567";

    private static final Pattern ON_LOGIN = Pattern.compile(".*/login(\\?.*)?$");

    private TwoStep() {
    }

    /**
     * Call right after submitting the password: waits until the browser has left the login page and, when
     * it is asked for the second step, enters the demo account's current code.
     */
    public static void afterPassword(Page page, Clock clock) {
        afterPassword(page, clock, DEMO_SECRET);
    }

    public static void afterPassword(Page page, Clock clock, String secret) {
        page.waitForURL(url -> !ON_LOGIN.matcher(url).matches());
        if (page.url().contains("/login/two-factor")) {
            enterCode(page, clock, secret);
        }
    }

    /**
     * Enters the code of the current time step; a code works only once, so when the same account signed in
     * within the same 30 seconds, the next step's code (accepted as clock drift) is entered instead.
     */
    public static void enterCode(Page page, Clock clock, String secret) {
        long step = Totp.stepAt(clock.instant());
        page.locator("#totp-code input").fill(Totp.code(secret, step));
        page.locator("#totp-verify").click();
        page.waitForCondition(() -> !page.url().contains("/login/two-factor")
                || page.locator("vaadin-text-field#totp-code[invalid]").count() > 0);
        if (!page.url().contains("/login/two-factor")) {
            return;
        }
        page.locator("#totp-code input").fill(Totp.code(secret, step + 1));
        page.locator("#totp-verify").click();
        try {
            page.waitForURL(url -> !url.contains("/login/two-factor"));
            return;
        } catch (com.microsoft.playwright.TimeoutError e) {
            // fall through
        }
        throw new AssertionError("the second sign-in step did not accept the demo code");
    }
}
