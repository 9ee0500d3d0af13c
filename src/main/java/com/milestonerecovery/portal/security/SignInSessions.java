package com.milestonerecovery.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The session of a signed-in person: its idle limit (15 minutes for staff, 30 for clients, see
 * {@link AuthenticationProperties.Idle}) and its last activity, which {@link IdleSessionGuard} checks on every
 * request. Also completes a two-step sign-in: the full authentication goes into a session with a new id.
 */
@Component
public class SignInSessions {

    /** Session attribute: the idle limit of this session (a {@link Duration}). */
    public static final String IDLE_LIMIT = SignInSessions.class.getName() + ".idleLimit";
    /** Session attribute: the last request that was not a heartbeat (an {@link Instant}). */
    static final String LAST_ACTIVITY = SignInSessions.class.getName() + ".lastActivity";

    private final Clock clock;
    private final AuthenticationProperties.Idle idle;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /**
     * @param sessionClock the clock idle time is measured with: the system clock, unless a bean named
     *        {@code sessionClock} exists (tests move it without disturbing the application clock that other
     *        tests pin to a clinic time)
     */
    SignInSessions(@Qualifier("sessionClock") ObjectProvider<Clock> sessionClock, AuthenticationProperties properties) {
        this.clock = sessionClock.getIfAvailable(Clock::systemUTC);
        this.idle = properties.idle();
    }

    /** Marks the session as signed in: idle limit by kind of account, activity now. */
    void begin(HttpSession session, SignedInUser user) {
        Duration limit = idle.forStaff(user.roles().stream().anyMatch(Role::isStaff));
        session.setAttribute(IDLE_LIMIT, limit);
        session.setAttribute(LAST_ACTIVITY, clock.instant());
        // The container's own timeout as a backstop when the tab is closed; Vaadin's closeIdleSessions uses it too.
        session.setMaxInactiveInterval((int) limit.toSeconds());
    }

    /**
     * Ends a two-step sign-in: the person becomes signed in, in a session with a new id (session fixation).
     */
    public void complete(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = pending.authentication();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession();
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        request.changeSessionId();
        repository.saveContext(context, request, response);
        begin(request.getSession(), pending.user());
    }

    Instant now() {
        return clock.instant();
    }
}
