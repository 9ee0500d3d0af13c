package com.milestonerecovery.portal.security;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Idle logoff that a background heartbeat does not defeat: every Vaadin request (page loads, UI events over
 * XHR or the push channel, heartbeats) passes here first. A signed-in session idle for longer than its limit
 * is invalidated before the request is served, so nothing is shown after the limit; any request except a
 * heartbeat or a page's own idle check ({@link IdleSessions#checkFromPoll()}) counts as activity. Time comes from
 * the session clock (tests move it). Vaadin's own
 * {@code vaadin.closeIdleSessions} (with the session's max-inactive interval set to the same limit) stays on
 * as a second line.
 */
@Component
class IdleSessionGuard implements VaadinServiceInitListener, VaadinRequestInterceptor {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(IdleSessionGuard.class);

    private final transient SignInSessions sessions;
    private final transient AuditTrail audit;

    IdleSessionGuard(SignInSessions sessions, AuditTrail audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(this);
        // A page whose session has ended (idle logoff, or a server that stopped) goes straight to the sign-in
        // page, which says why, instead of Vaadin's "session expired" notice.
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            String contextPath = info.getRequest() == null ? "" : info.getRequest().getContextPath();
            messages.setSessionExpiredURL(contextPath + "/login?timeout");
            return messages;
        });
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        WrappedSession session = request.getWrappedSession(false);
        Optional<IdleSessions.Idle> idle = IdleSessions.Idle.of(session);
        if (idle.isEmpty()) {
            return;
        }
        Duration idleLimit = idle.get().limit();
        Instant lastActivity = idle.get().lastActivity();
        Instant now = sessions.now();
        if (now.isAfter(idle.get().deadline())) {
            Long accountId = null;
            String username = null;
            if (SecurityContextHolder.getContext().getAuthentication() != null
                    && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser u) {
                accountId = u.accountId();
                username = u.getUsername();
            }
            SecurityContextHolder.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // another request of the same session got here first
            }
            log.info("Signed out account {} after {} min idle", accountId, idleLimit.toMinutes());
            audit.recordAccountEvent(AuditAction.SIGN_OUT, accountId, username,
                    "signed out after " + idleLimit.toMinutes() + " min idle");
            return;
        }
        // Neither a heartbeat nor the push channel's own requests (connecting, reconnecting) are the person doing
        // anything: with Vaadin's WEBSOCKET_XHR transport their events always arrive as UIDL requests.
        if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.HEARTBEAT)
                && !HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            session.setAttribute(SignInSessions.LAST_ACTIVITY, now);
            // A page's idle check (a UI poll) travels as an ordinary UI request; IdleSessions takes it back.
            request.setAttribute(IdleSessions.COUNTED, new IdleSessions.Counted(lastActivity, now));
        }
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession vaadinSession,
            Exception t) {
        // nothing to do
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        // nothing to do
    }
}
