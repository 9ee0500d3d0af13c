package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** Ends the session (server side) and returns to the public home page. */
public class SignOutButton extends Button {

    public SignOutButton(AuthenticationContext authenticationContext) {
        super(VaadinIcon.SIGN_OUT.create());
        setText(getTranslation("nav.signOut"));
        // On a phone the label is hidden by CSS; the accessible name stays.
        setAriaLabel(getTranslation("nav.signOut"));
        setId("sign-out");
        addThemeVariants(ButtonVariant.TERTIARY);
        addClickListener(event -> authenticationContext.logout());
    }
}
