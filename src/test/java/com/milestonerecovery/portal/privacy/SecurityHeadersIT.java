package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Response headers on real HTTP responses, the size limit on headers, and error bodies without internals. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesCarryTheSecurityHeadersAndAreNotCached() throws Exception {
        for (String page : new String[] {"/", "/login", "/consultation"}) {
            String path = page;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(page))).build(),
                    HttpResponse.BodyHandlers.ofString());
            var headers = response.headers();
            path = path + " " + headers.map();
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(
                    csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).isPresent();
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(headers.firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    c -> assertThat(c).contains("no-store"));
            // HSTS only in the prod profile (tests run demo,test over plain http).
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void anOversizedHeaderIsRefusedWithoutInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Padding", "x".repeat(40_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.", "Tomcat/");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
