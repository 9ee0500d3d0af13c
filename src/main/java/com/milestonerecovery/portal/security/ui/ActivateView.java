package com.milestonerecovery.portal.security.ui;

import java.util.Optional;

import com.milestonerecovery.portal.publicsite.ui.PublicLayout;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.milestonerecovery.portal.security.TokenPurpose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.milestonerecovery.portal.security.PasswordPolicy;

/** Set a password from a one-time link (after "forgot password", or a first password after enrolment). */
@Route(value = "activate", layout = PublicLayout.class)
@AnonymousAllowed
public class ActivateView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordResetService resets;
    private final PasswordPolicy passwordPolicy;

    ActivateView(PasswordResetService resets, PasswordPolicy passwordPolicy) {
        this.resets = resets;
        this.passwordPolicy = passwordPolicy;
        addClassName("activate-view");
        setMaxWidth("32rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Optional<TokenPurpose> purpose = resets.check(token);
        if (purpose.isEmpty()) {
            add(new H1(getTranslation("reset.invalid.title")), new Paragraph(getTranslation("reset.invalid.body")),
                    new Anchor("forgot-password", getTranslation("reset.invalid.again")));
            return;
        }
        PasswordField password = new PasswordField(getTranslation("account.password.new"));
        password.setId("activate-password");
        password.setHelperText(getTranslation("account.password.help"));
        password.setMaxLength(128);
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordStrengthMeter meter = new PasswordStrengthMeter(password, passwordPolicy, () -> null);
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("activate-repeat");
        repeat.setWidthFull();
        Button save = new Button(getTranslation("reset.save"));
        save.setId("activate-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("account.password.error.repeat"));
                repeat.setInvalid(true);
                return;
            }
            try {
                resets.complete(token, password.getValue());
                removeAll();
                add(new H1(getTranslation("reset.done.title")), new Paragraph(getTranslation("reset.done.body")),
                        new Anchor("login", getTranslation("nav.signIn")));
            } catch (PasswordChangeException ex) {
                password.setErrorMessage(getTranslation(ex.messageKey()));
                password.setInvalid(true);
            }
        });
        add(new H1(getTranslation(purpose.get() == TokenPurpose.ACTIVATION ? "reset.activate.title"
                : "reset.choose.title")), password, meter, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.choose.title");
    }
}
