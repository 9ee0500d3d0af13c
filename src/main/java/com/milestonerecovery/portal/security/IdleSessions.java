package com.milestonerecovery.portal.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.stereotype.Component;

/**
 * How long the current signed-in session has left before idle logoff, for the warning an open page shows a
 * minute before it ({@code security.ui.IdleWarning}). The page asks with a UI poll; a poll reaches the server as
 * an ordinary UI request, which {@link IdleSessionGuard} has already counted as activity, so
 * {@link #checkFromPoll()} first takes that back: only what the person does keeps the session alive.
 */
@Component
public class IdleSessions {

    /** Request attribute: the activity the guard recorded for this request, and what it replaced. */
    static final String COUNTED = IdleSessions.class.getName() + ".counted";

    private final SignInSessions sessions;
    private final AuthenticationProperties.Idle idle;

    IdleSessions(SignInSessions sessions, AuthenticationProperties properties) {
        this.sessions = sessions;
        this.idle = properties.idle();
    }

    /** Before idle logoff, the warning is shown this long ahead (a minute). */
    public Duration warning() {
        return idle.warning();
    }

    /** An open page checks its session at least this often. */
    public Duration checkInterval() {
        return idle.checkInterval();
    }

    /**
     * Time left before idle logoff of the current session, after undoing the activity the guard recorded for
     * this request (a poll is not the person doing anything). Empty when nobody is signed in on this session.
     */
    public Optional<Duration> checkFromPoll() {
        WrappedSession session = currentSession();
        if (session == null) {
            return Optional.empty();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(COUNTED) instanceof Counted counted
                && counted.now().equals(session.getAttribute(SignInSessions.LAST_ACTIVITY))) {
            // Only if no other request (another tab) has counted activity since.
            session.setAttribute(SignInSessions.LAST_ACTIVITY, counted.previous());
            request.removeAttribute(COUNTED);
        }
        return remaining(session);
    }

    /** Time left before idle logoff of the current session; empty when nobody is signed in on it. */
    public Optional<Duration> remaining() {
        return remaining(currentSession());
    }

    private Optional<Duration> remaining(WrappedSession session) {
        return Idle.of(session).map(idle -> Duration.between(sessions.now(), idle.deadline()));
    }

    private static WrappedSession currentSession() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        return vaadinSession == null ? null : vaadinSession.getSession();
    }

    /** A signed-in session's idle limit and last activity, as {@link SignInSessions} keeps them. */
    record Idle(Duration limit, Instant lastActivity) {

        /** Empty when the session is missing, ended, or nobody is signed in on it. */
        static Optional<Idle> of(WrappedSession session) {
            if (session == null) {
                return Optional.empty();
            }
            try {
                if (session.getAttribute(SignInSessions.IDLE_LIMIT) instanceof Duration limit
                        && session.getAttribute(SignInSessions.LAST_ACTIVITY) instanceof Instant last) {
                    return Optional.of(new Idle(limit, last));
                }
            } catch (IllegalStateException invalidated) {
                // ended by another request meanwhile
            }
            return Optional.empty();
        }

        Instant deadline() {
            return lastActivity.plus(limit);
        }
    }

    /** What the guard recorded for one request: the activity before it and the instant it set. */
    record Counted(Instant previous, Instant now) implements Serializable {
    }
}
