package com.milestonerecovery.portal.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who may read the Prometheus metrics: only listed addresses and ranges. */
class ActuatorSecurityTest {

    private static boolean allowed(List<String> allowed, String remote) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setRemoteAddr(remote);
        return ActuatorSecurity.fromAddresses(allowed)
                .authorize(() -> null, new RequestAuthorizationContext(request)).isGranted();
    }

    @Test
    void onlyListedAddressesAndRangesMayReadMetrics() {
        List<String> rule = List.of("127.0.0.1", "::1", "10.20.0.0/16");
        assertThat(allowed(rule, "127.0.0.1")).isTrue();
        assertThat(allowed(rule, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(allowed(rule, "10.20.3.4")).isTrue();
        assertThat(allowed(rule, "10.21.3.4")).isFalse();
        assertThat(allowed(rule, "203.0.113.9")).isFalse();
    }

    @Test
    void anEmptyListAllowsNobody() {
        assertThat(allowed(List.of(), "127.0.0.1")).isFalse();
        assertThat(allowed(List.of(" "), "127.0.0.1")).isFalse();
    }
}
