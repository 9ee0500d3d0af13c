package com.milestonerecovery.portal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers for every page and request. Spring Security's defaults stay (X-Content-Type-Options nosniff,
 * X-Frame-Options DENY, Cache-Control no-store on everything it serves, so no portal page is cached); added: a
 * Content-Security-Policy that Vaadin Flow accepts (its bootstrap needs inline and eval'd scripts and inline
 * styles, see vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues), frame-ancestors 'none',
 * a strict Referrer-Policy (URLs never leave the site), a Permissions-Policy, and HSTS in production only.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http, boolean production) throws Exception {
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
            headers.permissionsPolicyHeader(permissions -> permissions
                    .policy("camera=(), microphone=(), geolocation=(), payment=()"));
            if (production) {
                headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
    }
}
