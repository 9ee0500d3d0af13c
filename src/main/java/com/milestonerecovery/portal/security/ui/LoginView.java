package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.publicsite.ui.PublicLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Sign-in for clients and staff. A failed attempt always shows the same message, whether or not the
 * account exists, is disabled or is locked.
 */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    LoginView() {
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n());
        signedOut.setId("idle-signed-out");
        signedOut.addClassName("notice");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        add(new H1(getTranslation("login.heading")), signedOut, new Paragraph(getTranslation("login.privacy")), form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        boolean timedOut = parameters.containsKey("timeout");
        signedOut.setText(timedOut ? getTranslation("auth.idle.signedOut") : "");
        signedOut.setVisible(timedOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
