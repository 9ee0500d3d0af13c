package com.milestonerecovery.portal.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After a right password: when the account needs a second factor, the person is NOT signed in yet (the
 * security context stays empty); the password step is kept as a {@link PendingSignIn} in the session and
 * the browser goes to the second step. Otherwise the usual redirect (saved request or the start view).
 */
class SecondStepSuccessHandler implements AuthenticationSuccessHandler {

    static final String SECOND_STEP_PATH = "/login/two-factor";

    private final TwoFactorService twoFactor;
    private final SignInSessions sessions;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler delegate;

    SecondStepSuccessHandler(TwoFactorService twoFactor, SignInSessions sessions, Clock clock, String startPath) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.clock = clock;
        this.delegate = new SavedRequestAwareAuthenticationSuccessHandler();
        this.delegate.setDefaultTargetUrl(startPath);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user && twoFactor.isRequired(user.accountId())) {
            SecurityContextHolder.clearContext();
            new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.createEmptyContext(),
                    request, response);
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication,
                    clock.instant()));
            response.sendRedirect(request.getContextPath() + SECOND_STEP_PATH);
            return;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            sessions.begin(request.getSession(), user);
        }
        delegate.onAuthenticationSuccess(request, response, authentication);
    }
}
