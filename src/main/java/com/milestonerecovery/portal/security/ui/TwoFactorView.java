package com.milestonerecovery.portal.security.ui;

import java.time.Clock;
import java.util.List;

import com.milestonerecovery.portal.publicsite.ui.PublicLayout;
import com.milestonerecovery.portal.security.PendingSignIn;
import com.milestonerecovery.portal.security.SignInSessions;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpSession;

/**
 * The second step of a sign-in (after a right password): a code from the authenticator app, or a recovery
 * code; or, for staff without a second factor yet, the enrolment (QR code and the secret as text, confirmed
 * with a first code, then the recovery codes, shown once). Until it succeeds the person stays anonymous.
 */
@Route(value = "login/two-factor", layout = PublicLayout.class)
@AnonymousAllowed
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final SignInSessions sessions;
    private final Clock clock;
    private PendingSignIn pending;

    TwoFactorView(TwoFactorService twoFactor, SignInSessions sessions, Clock clock) {
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.clock = clock;
        addClassName("two-factor-view");
        setMaxWidth("32rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = currentPending();
        if (pending == null) {
            event.forwardTo("login");
            return;
        }
        removeAll();
        if (twoFactor.isEnrolled(pending.accountId())) {
            showCodeStep();
        } else {
            showEnrolment();
        }
    }

    private void showCodeStep() {
        add(new H1(getTranslation("auth.twoFactor.title")), new Paragraph(getTranslation("auth.twoFactor.intro")));
        TextField code = codeField("totp-code", getTranslation("auth.twoFactor.code"));
        Button verify = new Button(getTranslation("auth.twoFactor.verify"));
        verify.setId("totp-verify");
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        TextField recovery = new TextField(getTranslation("auth.twoFactor.recoveryCode"));
        recovery.setId("recovery-code");
        recovery.setMaxLength(40);
        recovery.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        recovery.setVisible(false);
        Button useRecovery = new Button(getTranslation("auth.twoFactor.useRecovery"));
        useRecovery.setId("use-recovery-code");
        useRecovery.addThemeVariants(ButtonVariant.TERTIARY);
        useRecovery.addClickListener(e -> {
            boolean toRecovery = !recovery.isVisible();
            recovery.setVisible(toRecovery);
            code.setVisible(!toRecovery);
            useRecovery.setText(getTranslation(toRecovery ? "auth.twoFactor.useApp" : "auth.twoFactor.useRecovery"));
            (toRecovery ? recovery : code).focus();
        });
        verify.addClickListener(e -> {
            boolean withRecovery = recovery.isVisible();
            TextField field = withRecovery ? recovery : code;
            PendingSignIn current = currentPending();
            if (current != null && twoFactor.verify(current, field.getValue(), withRecovery)) {
                signedIn();
            } else {
                WrongEntry.refuse(field, getTranslation("auth.twoFactor.wrong"));
            }
        });
        add(code, recovery, verify, useRecovery);
        code.focus();
    }

    private void showEnrolment() {
        TwoFactorService.Enrolment enrolment = twoFactor.enrolment(pending);
        add(new H1(getTranslation("auth.enrol.title")), new Paragraph(getTranslation("auth.enrol.intro")));
        add(EnrolmentPanel.qrAndSecret(enrolment));
        TextField code = codeField("enrol-code", getTranslation("auth.enrol.code"));
        Button confirm = new Button(getTranslation("auth.enrol.confirm"));
        confirm.setId("enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> {
            PendingSignIn current = currentPending();
            List<String> codes = current == null ? List.of() : twoFactor.enrolAndVerify(current, code.getValue());
            if (codes.isEmpty()) {
                WrongEntry.refuse(code, getTranslation("auth.twoFactor.wrong"));
                return;
            }
            removeAll();
            add(new H1(getTranslation("auth.recovery.title")));
            add(EnrolmentPanel.recoveryCodes(codes));
            Button next = new Button(getTranslation("auth.recovery.continue"), click -> signedIn());
            next.setId("recovery-continue");
            next.addThemeVariants(ButtonVariant.PRIMARY);
            add(next);
        });
        add(code, confirm);
    }

    private static TextField codeField(String id, String label) {
        TextField code = new TextField(label);
        code.setId(id);
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    /** The pending sign-in from the HTTP session, if it is still there and fresh. */
    private PendingSignIn currentPending() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        if (session == null) {
            return null;
        }
        Object value = session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (value instanceof PendingSignIn p && !p.isExpiredAt(clock.instant())) {
            return p;
        }
        return null;
    }

    private void signedIn() {
        PendingSignIn current = currentPending();
        if (current == null) {
            UI.getCurrent().getPage().setLocation("login");
            return;
        }
        sessions.complete(current, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation("start");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auth.twoFactor.title");
    }
}
