package com.milestonerecovery.portal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in bookkeeping and audit. A right password completes the sign-in only for accounts without a second
 * factor (the others complete in {@link TwoFactorService}, so their failure count is not reset by the
 * password alone). A wrong password counts per account and per client address; an attempt refused as locked
 * is audited and counts per address. Logs carry the account id only, never names.
 */
@Component
class LoginEventsListener {

    private static final Logger log = LoggerFactory.getLogger(LoginEventsListener.class);

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final TwoFactorService twoFactor;

    LoginEventsListener(AccountService accounts, LoginThrottle throttle, TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            if (twoFactor.isRequired(user.accountId())) {
                log.info("Password accepted for account {}; second step pending", user.accountId());
                return;
            }
            throttle.recordSuccess(user.accountId(), user.getUsername(), "password");
            log.info("Sign-in succeeded for account {}", user.accountId());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String address = LoginThrottle.currentAddress();
        Object name = event.getAuthentication().getPrincipal();
        UserAccount account = name instanceof String username && !username.isBlank() && username.length() <= 64
                ? accounts.findForLogin(username).orElse(null) : null;
        Long accountId = account == null ? null : account.getId();
        String username = account == null ? null : account.getUsername();
        if (event.getException() instanceof LockedException) {
            String reason = throttle.refusal(account, address);
            throttle.recordRefusal(accountId, username, address, reason == null ? "account locked" : reason);
        } else {
            String reason = switch (event.getException().getClass().getSimpleName()) {
                case "DisabledException" -> "account disabled";
                default -> "wrong username or password";
            };
            throttle.recordFailure(accountId, username, address, reason);
        }
        log.info("Sign-in failed ({}) for account {}", event.getException().getClass().getSimpleName(), accountId);
    }
}
