package com.milestonerecovery.portal.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and background work (demo data, scheduled jobs) through the same secured services as
 * people use, under a named system identity with one role. Never bound to an HTTP session.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T runAs(Role role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Role role, Runnable work) {
        runAs(role, () -> {
            work.run();
            return null;
        });
    }
}
