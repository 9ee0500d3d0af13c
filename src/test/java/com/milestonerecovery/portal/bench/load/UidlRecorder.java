package com.milestonerecovery.portal.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.milestonerecovery.portal.support.Browser;

/**
 * How the load driver learnt the protocol: drives the three load scenarios once in real headless Chromium against a
 * running application and writes every request the browser makes (method, URL, request body; the UIDL responses
 * too) to a file, so {@link LoadBenchmark}'s steps send what the browser sends. Not part of the benchmark run.
 *
 * <p>{@code java -cp … UidlRecorder http://localhost:PORT/ target/uidl-recording.txt}, with the application
 * started by {@link BenchApp#main}.
 */
public final class UidlRecorder {

    private UidlRecorder() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Path out = Path.of(args.length > 1 ? args[1] : "target/uidl-recording.txt");
        List<String> log = new ArrayList<>();
        try {
            visitor(record(Browser.newPage(), log, "visitor"), base);
            client(record(Browser.newPage(), log, "client"), base);
            clinician(record(Browser.newPage(), log, "clinician"), base);
        } finally {
            Files.write(out, log);
            System.out.println("Wrote " + out);
        }
        System.exit(0);
    }

    private static Page record(Page page, List<String> log, String scenario) {
        page.onRequest(request -> log.add(">>> [" + scenario + "] " + request.method() + " " + request.url()
                + headers(request) + (request.postData() == null ? "" : "\n" + request.postData())));
        page.onResponse(response -> {
            if (response.url().contains("v-r=") || response.request().isNavigationRequest()) {
                String body;
                try {
                    body = response.text();
                } catch (RuntimeException e) {
                    body = "(no body: " + e.getMessage() + ")";
                }
                log.add("<<< [" + scenario + "] " + response.status() + " " + response.url() + "\n" + body);
            }
        });
        return page;
    }

    private static String headers(Request request) {
        StringBuilder text = new StringBuilder();
        request.headers().forEach((name, value) -> {
            if (!name.equals("user-agent") && !name.startsWith("sec-")) {
                text.append("\n    ").append(name).append(": ").append(value);
            }
        });
        return text.toString();
    }

    private static void visitor(Page page, String base) {
        page.navigate(base);
        page.locator("#hero-cta").click();
        page.waitForURL(Pattern.compile(".*/consultation$"));
        page.locator("#preferredName input").fill("Load Visitor");
        page.getByText("By phone").click();
        page.locator("#phone input").fill("(480) 555-0166");
        page.locator("#bestTimes input").fill("Evenings");
        page.locator("#message textarea").fill("I would like to talk about medication.");
        page.locator("#consent input").check();
        page.locator("#submit-consultation").click();
        page.locator("#consultation-reference").waitFor();
        page.context().close();
    }

    private static void client(Page page, String base) {
        signIn(page, base, "client01");
        page.waitForURL(Pattern.compile(".*/portal$"));
        page.locator(".dose-card vaadin-button[theme~='primary']").first().click();
        page.locator("vaadin-notification-card").first().waitFor();
        page.navigate(base + "portal/check-in");
        page.locator("#cravings input").fill("3");
        page.locator("#mood input").fill("6");
        page.locator("#sleep input").fill("7");
        page.locator("#submit-check-in").click();
        page.waitForTimeout(3000);
        page.context().close();
    }

    private static void clinician(Page page, String base) {
        signIn(page, base, "clinician");
        page.waitForURL(Pattern.compile(".*/staff(\\?.*)?$"));
        page.locator("#panel-flags a").first().click();
        page.waitForURL(Pattern.compile(".*/staff/clients/\\d+.*"));
        page.waitForTimeout(3000);
        page.context().close();
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("Demo-Recovery-2026");
        page.locator("input[name='password']").press("Enter");
    }
}
