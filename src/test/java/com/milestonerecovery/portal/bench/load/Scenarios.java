package com.milestonerecovery.portal.bench.load;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.milestonerecovery.portal.bench.load.VaadinHttpClient.Node;

/**
 * The three load scenarios, step by step, as recorded from Chromium ({@link UidlRecorder}). Each step is what one
 * user action costs the server (one or more round trips); between steps the user thinks. Node ids come from the
 * UIDL responses (element ids, aria labels, hrefs), never hard-coded.
 */
final class Scenarios {

    /** Runs one named step and records its wall time; a step that throws counts as failed. */
    interface Steps {
        void step(String name, Step step) throws InterruptedException;

        /** The pause between two actions. */
        void think() throws InterruptedException;
    }

    @FunctionalInterface
    interface Step {
        void run() throws IOException, InterruptedException;
    }

    static final String PASSWORD = "Demo-Recovery-2026";

    private Scenarios() {
    }

    /** (a) A visitor reads the home page, opens the consultation form from its call to action and submits it. */
    static void visitor(VaadinHttpClient tab, Steps steps) throws InterruptedException {
        steps.step("a1 home", () -> tab.open(""));
        steps.think();
        steps.step("a2 open form", () -> {
            tab.navigate("consultation", "", "link");
            tab.requireId("submit-consultation");
        });
        steps.think();
        steps.step("a3 fill form", () -> {
            // One round trip per field left, as the browser sends them (value, then the change event).
            tab.type(tab.requireId("preferredName").id(), "value", "Load Visitor", "change");
            Node phoneChoice = tab.find(n -> "vaadin-radio-button".equals(n.tag())
                    && tab.isInside(n, tab.requireId("contactMethod"))
                    && (tab.text(n) + n.property("label")).toLowerCase(java.util.Locale.ROOT).contains("phone"))
                    .orElseThrow(() -> new IllegalStateException("no phone choice"));
            Node group = tab.requireId("contactMethod");
            tab.rpc("sync", tab.sync(phoneChoice.id(), "checked", true),
                    tab.event(phoneChoice.id(), "checked-changed", tab.emptyData()),
                    tab.sync(group.id(), "value", String.valueOf(phoneChoice.property("value"))),
                    tab.event(group.id(), "value-changed", tab.emptyData()));
            int number = ThreadLocalRandom.current().nextInt(10_000);
            tab.type(tab.requireId("phone").id(), "value", "(480) 555-%04d".formatted(number), "change");
            tab.type(tab.requireId("bestTimes").id(), "value", "Evenings", "change");
            tab.type(tab.requireId("message").id(), "value", "I would like to talk about medication.", "change");
            Node consent = tab.requireId("consent");
            tab.rpc("sync", tab.sync(consent.id(), "checked", true),
                    tab.event(consent.id(), "checked-changed", tab.emptyData()));
        });
        steps.think();
        steps.step("a4 submit request", () -> {
            tab.click(tab.requireId("submit-consultation").id());
            tab.requireId("consultation-reference");
        });
    }

    /** (b) A client signs in (lands on /portal), marks a dose taken (and undoes it), submits a check-in. */
    static void client(VaadinHttpClient tab, Steps steps, String username) throws InterruptedException {
        steps.step("b1 sign in to /portal", () -> {
            tab.signIn(username, PASSWORD);
            if (!tab.location().startsWith("start") && !tab.location().startsWith("portal")) {
                throw new IllegalStateException("landed on " + tab.location());
            }
            tab.requireId("today-summary");
        });
        steps.think();
        boolean[] marked = {false};
        steps.step("b2 mark dose taken", () -> {
            // Today's doses first (their record can be undone); then a missed dose of the last days.
            Node late = tab.byId("unrecorded-doses").orElse(null);
            List<Node> pending = tab.findAll(n -> "vaadin-button".equals(n.tag()) && n.attribute("aria-label") != null
                    && n.attribute("aria-label").endsWith(" as taken"));
            Node taken = pending.stream().filter(n -> late == null || !tab.isInside(n, late)).findFirst()
                    .orElse(pending.isEmpty() ? null : pending.getFirst());
            if (taken != null) {
                // A record of today's dose can be undone; a late one leaves the list.
                marked[0] = late == null || !tab.isInside(taken, late);
                tab.click(taken.id());
            } else {
                throw new IllegalStateException("no pending dose");
            }
        });
        if (marked[0]) {
            // Undo keeps the dose pending for the next virtual user of the same account.
            steps.think();
            steps.step("b3 undo", () -> tab.click(tab.find(n -> "vaadin-button".equals(n.tag())
                    && n.attribute("aria-label") != null && n.attribute("aria-label").startsWith("Undo"))
                    .orElseThrow(() -> new IllegalStateException("no undo button")).id()));
        }
        steps.think();
        steps.step("b4 open check-in", () -> {
            tab.navigate("portal/check-in", "", "link");
            tab.requireId("submit-check-in");
        });
        steps.think();
        steps.step("b5 submit check-in", () -> {
            for (String[] field : new String[][] {{"cravings", "2"}, {"mood", "7"}, {"sleep", "7"}}) {
                int node = tab.requireId(field[0]).id();
                tab.rpc("sync", tab.sync(node, "value", field[1]), tab.sync(node, "_inputElementValue", field[1]),
                        tab.event(node, "change", tab.emptyData()));
            }
            tab.click(tab.requireId("submit-check-in").id());
            if (tab.byId("submit-check-in").isPresent()) {
                throw new IllegalStateException("check-in not accepted");
            }
        });
        steps.think();
        steps.step("b6 sign out", () -> tab.signOut(tab.requireId("sign-out").id()));
    }

    /**
     * (c) A clinician signs in with the password and the two-step code (lands on /staff) and opens a flagged client
     * of their caseload from the dashboard.
     */
    static void clinician(VaadinHttpClient tab, Steps steps, String username) throws InterruptedException {
        signInStaff(tab, steps, username);
        steps.think();
        steps.step("c2 open client detail", () -> {
            Node link = tab.find(n -> "a".equals(n.tag()) && n.attribute("href") != null
                    && n.attribute("href").startsWith("staff/clients/")).orElseThrow(
                            () -> new IllegalStateException("no client link on the dashboard"));
            String[] href = link.attribute("href").split("\\?", 2);
            tab.navigate(href[0], href.length > 1 ? href[1] : "", "link");
            if (!tab.findAll(n -> "vaadin-tab".equals(n.tag())).iterator().hasNext()) {
                throw new IllegalStateException("no client detail tabs");
            }
        });
        steps.think();
        steps.step("c3 sign out", () -> tab.signOut(tab.requireId("sign-out").id()));
    }

    /**
     * Staff sign-in in one place: the password, then the second step (the account's current TOTP code, see
     * {@link BenchStaff#signIn}). A code works once per account per 30 s: when this account's current step was used
     * already, the user waits for the next step before the sign-in begins (not counted in the step's time).
     */
    static void signInStaff(VaadinHttpClient tab, Steps steps, String username) throws InterruptedException {
        BenchStaff.awaitUnusedStep(username);
        steps.step("c1 sign in to /staff", () -> {
            BenchStaff.signIn(tab, username);
            if (!tab.location().startsWith("start") && !tab.location().startsWith("staff")) {
                throw new IllegalStateException("landed on " + tab.location());
            }
            tab.requireId("panel-flags");
        });
    }
}
