package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real HTTP requests that cannot succeed (an unknown page, a malformed address, a broken Vaadin request, an
 * oversized form) get an answer without internals: no stack trace, no exception name, no server version.
 */
@IntegrationTest
class ErrorPagesIT {

    private static final String[] INTERNALS = {"Exception", "at com.", "at java.", "at org.", "Tomcat/",
        "milestonerecovery"};

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPageShowsNoInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/no-such-page/at/all")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain(INTERNALS);
    }

    @Test
    void aMalformedAddressIsRefusedWithoutInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/consultation%00")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain(INTERNALS);
    }

    @Test
    void aBrokenVaadinRequestIsRefusedWithoutInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\": \"<script>\", \"rpc\": [{\"type\": ' OR 1=1 --"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).doesNotContain(INTERNALS);
    }

    @Test
    void anOversizedFormPostIsRefusedWithoutInternals() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "A".repeat(3 * 1024 * 1024)))
                .build(), HttpResponse.BodyHandlers.ofString());
        // Refused (no CSRF token, or the size limit) or sent back to the form: never accepted, never a server error.
        assertThat(response.statusCode()).isBetween(300, 499);
        assertThat(response.body()).doesNotContain(INTERNALS);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
