package com.milestonerecovery.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Keeps last-login and failure counts on the account. Logs carry the account id only, never names. */
@Component
class LoginEventsListener {

    private static final Logger log = LoggerFactory.getLogger(LoginEventsListener.class);

    private final AccountService accounts;
    private final AuditTrail audit;

    LoginEventsListener(AccountService accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            accounts.recordSuccessfulLogin(user.getUsername());
            log.info("Sign-in succeeded for account {}", user.accountId());
            audit.recordLogin(user);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name instanceof String username && !username.isBlank()) {
            accounts.recordFailedLogin(username);
        }
        log.info("Sign-in failed ({})", event.getException().getClass().getSimpleName());
        audit.recordLoginFailure(event.getException().getClass().getSimpleName());
    }
}
