package com.milestonerecovery.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything else runs: also on the requests that Vaadin lets
 * bypass Spring Security (its bootstrap page and static resources), which Spring Security's own header
 * writers never see. A Content-Security-Policy that Vaadin Flow accepts (its bootstrap needs inline and
 * eval'd scripts and inline styles: vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues) with
 * frame-ancestors 'none'; no referrer (URLs never leave the site); nosniff; no caching of pages (static
 * resources under /VAADIN, /images and the stylesheet may be cached); HSTS only in the prod profile.
 * Requests through Spring Security also get its defaults (X-Frame-Options DENY, no-store).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final boolean production;

    SecurityHeadersFilter(Environment env) {
        this.production = env.acceptsProfiles(Profiles.of("prod"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (production) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/images/") || path.equals("/styles.css")
                || path.equals("/favicon.ico");
    }
}
