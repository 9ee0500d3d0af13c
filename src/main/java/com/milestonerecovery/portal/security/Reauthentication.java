package com.milestonerecovery.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Re-authentication before sensitive actions (changing two-step verification, exporting records): the
 * signed-in person types their password again; for a few minutes afterwards {@link #requireRecent()} passes.
 * The confirmation lives in the person's own web session, so it never crosses sessions or people. Wrong
 * passwords count towards the account's lockout like failed sign-ins.
 *
 * <p>UI: {@code security.ui.ReauthenticationDialog.confirmThen(reauthentication, action)} asks for the
 * password (if there is no recent confirmation) and then runs the action.
 */
@Service
public class Reauthentication {

    private static final String ATTRIBUTE = Reauthentication.class.getName() + ".confirmedAt";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration validFor;

    Reauthentication(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LoginThrottle throttle, Clock clock,
            @Value("${portal.security.reauthentication-valid-for:5m}") Duration validFor) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** Checks the signed-in person's password; true (and remembered for a few minutes) when it is right. */
    @PreAuthorize("isAuthenticated()")
    public boolean confirm(String password) {
        SignedInUser user = currentUser.require();
        UserAccount account = accounts.findById(user.accountId()).orElseThrow(AccountNotFoundException::new);
        String address = LoginThrottle.currentAddress();
        String refusal = throttle.refusal(account, address);
        if (refusal != null) {
            throttle.recordRefusal(account.getId(), account.getUsername(), address, refusal + " (re-authentication)");
            return false;
        }
        if (password == null || account.getPasswordHash() == null
                || !passwordEncoder.matches(password, account.getPasswordHash())) {
            throttle.recordFailure(account.getId(), account.getUsername(), address, "wrong password (re-authentication)");
            return false;
        }
        WrappedSession session = currentSession();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Confirmation(user.accountId(), clock.instant()));
        }
        return true;
    }

    /** True when the signed-in person confirmed their password within the last few minutes. */
    public boolean isRecent() {
        WrappedSession session = currentSession();
        if (session == null || currentUser.get().isEmpty()) {
            return false;
        }
        Object value;
        try {
            value = session.getAttribute(ATTRIBUTE);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        return value instanceof Confirmation c && c.accountId() == currentUser.get().get().accountId()
                && !clock.instant().isAfter(c.at().plus(validFor));
    }

    /**
     * The person's web session: a download (a record export) is served without Vaadin's session lock, so the
     * confirmation is kept in the underlying session, which needs none.
     */
    private static WrappedSession currentSession() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession();
    }

    /** For services: refuses a sensitive action without a recent password confirmation. */
    public void requireRecent() {
        if (!isRecent()) {
            throw new ReauthenticationRequiredException();
        }
    }

    private record Confirmation(long accountId, Instant at) implements java.io.Serializable {
    }
}
