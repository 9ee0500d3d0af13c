package com.milestonerecovery.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.bench.load.VaadinHttpClient;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TestSmtp;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The operations endpoints over real HTTP: probes, what stays hidden, and business gauges that follow the data. */
@IntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CheckInService checkIns;

    private final HttpClient http = HttpClient.newHttpClient();
    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAreUpAndSayNothingMore() throws Exception {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details");
            assertThat(response.headers().firstValue("Set-Cookie")).as(probe + " opens no session").isEmpty();
        }
    }

    @Test
    void otherActuatorEndpointsAreNotReachable() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/heapdump")) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    @WithUserDetails("client13")
    void businessGaugesFollowTheData() throws Exception {
        checkIns.submit(new CheckInForm(9, 3, new BigDecimal("6"), List.of(), null, null, "Rough night", null, null));
        long open = jdbc.queryForObject("select count(*) from urgent_flag where resolved_at is null", Long.class);
        assertThat(open).isPositive();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = get("/actuator/prometheus").body();
            assertThat(gauge(metrics, "portal_urgent_flags_open")).isEqualTo(open);
        });
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        String metrics = response.body();
        assertThat(gauge(metrics, "portal_outbox_pending")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(metrics, "portal_outbox_oldest_pending_age_seconds")).isBetween(0.0, 600.0);
        // The reminder job runs every second in tests: it is never minutes behind.
        assertThat(gauge(metrics, "portal_reminders_lag_seconds")).isBetween(0.0, 120.0);
        assertThat(metrics).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
        // No tag names a person or a medication: only the application tag on our gauges.
        assertThat(metrics).doesNotContain("client13", "Rough night", "@demo.invalid");
    }

    /**
     * A tab opened over plain HTTP (bootstrap page, then {@code ?v-r=init}, as the browser's client engine asks) is
     * counted as a session and a UI; leaving it (the browser's UNLOAD beacon) detaches the UI and the count drops.
     */
    @Test
    void theVaadinGaugesCountAnOpenTab() throws Exception {
        try (VaadinHttpClient tab = new VaadinHttpClient(VaadinHttpClient.sharedHttp(),
                URI.create("http://127.0.0.1:" + port + "/"), false, null)) {
            tab.open("");
            String metrics = get("/actuator/prometheus").body();
            double uisWhileOpen = gauge(metrics, "portal_vaadin_uis");
            assertThat(gauge(metrics, "portal_vaadin_sessions")).isGreaterThanOrEqualTo(1);
            assertThat(uisWhileOpen).isGreaterThanOrEqualTo(1);

            tab.leave();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    gauge(get("/actuator/prometheus").body(), "portal_vaadin_uis")).isLessThan(uisWhileOpen));
        }
    }

    @Test
    void theOutboxGaugesSeeAWaitingMessage() throws Exception {
        // A message that cannot be sent yet (next attempt in an hour), queued ten minutes ago.
        jdbc.update("""
                insert into outbox_message (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                values ('ops-gauge@demo.invalid', 'Gauge test', 'Body', 'PENDING', 1,
                        utc_timestamp(6) - interval 10 minute, utc_timestamp(6) + interval 1 hour)""");
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String metrics = get("/actuator/prometheus").body();
                assertThat(gauge(metrics, "portal_outbox_pending")).isGreaterThanOrEqualTo(1);
                assertThat(gauge(metrics, "portal_outbox_oldest_pending_age_seconds")).isGreaterThanOrEqualTo(590);
            });
        } finally {
            jdbc.update("delete from outbox_message where recipient = 'ops-gauge@demo.invalid'");
        }
    }

    private static double gauge(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} (\\S+)$").matcher(metrics);
        assertThat(m.find()).as("gauge %s in the Prometheus output", name).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
