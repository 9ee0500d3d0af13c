package com.milestonerecovery.portal.ops;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The actuator endpoints, in their own filter chain ahead of the application's (which stays untouched): health
 * (with its liveness and readiness groups) and info are public and say only UP or DOWN; Prometheus metrics only to
 * the addresses in {@code portal.ops.metrics-allowed-addresses} (default: this machine), no session, no sign-in.
 * Anything else under /actuator is refused (and not exposed in the first place).
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, OpsProperties properties) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .access(fromAddresses(properties.metricsAllowedAddresses()))
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // read-only GET endpoints, no session, no cookies
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Allows a request whose client address (after the proxy's X-Forwarded-For, in production) is in the list. */
    static AuthorizationManager<RequestAuthorizationContext> fromAddresses(List<String> allowed) {
        List<IpAddressMatcher> matchers = allowed.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        return (authentication, context) -> new AuthorizationDecision(allowed(matchers, context.getRequest()));
    }

    private static boolean allowed(List<IpAddressMatcher> matchers, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address != null && matchers.stream().anyMatch(m -> m.matches(address));
    }
}
