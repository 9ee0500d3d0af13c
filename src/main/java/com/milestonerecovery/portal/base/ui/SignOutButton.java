package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Ends the session (server side) and returns to the public home page. Its icon is drawn by CSS ({@code #sign-out}
 * in styles.css), not an icon element of its own.
 */
public class SignOutButton extends ActionButton {

    public SignOutButton(AuthenticationContext authenticationContext) {
        super(authenticationContext::logout);
        setText(getTranslation("nav.signOut"));
        // On a phone the label is hidden by CSS; the accessible name stays.
        setAriaLabel(getTranslation("nav.signOut"));
        setId("sign-out");
        tertiary();
    }
}
