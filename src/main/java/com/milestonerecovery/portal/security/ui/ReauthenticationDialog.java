package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.security.Reauthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Asks the signed-in person for their password before a sensitive action (two-step verification changes,
 * exports). Reusable: {@code ReauthenticationDialog.confirmThen(reauthentication, () -> export())} runs the
 * action at once when the password was confirmed in the last few minutes, otherwise after a right password.
 * The service behind the action should still call {@link Reauthentication#requireRecent()}.
 */
public class ReauthenticationDialog extends Dialog {

    private ReauthenticationDialog(Reauthentication reauthentication, Runnable action) {
        setHeaderTitle(getTranslation("auth.reauth.title"));
        setCloseOnOutsideClick(false);
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("reauth-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        Button confirm = new Button(getTranslation("auth.reauth.confirm"), e -> {
            if (reauthentication.confirm(password.getValue())) {
                close();
                action.run();
            } else {
                WrongEntry.refuse(password, getTranslation("auth.reauth.wrong"));
            }
        });
        confirm.setId("reauth-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("auth.cancel"), e -> close());
        add(new Paragraph(getTranslation("auth.reauth.intro")), password);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
    }

    /** Runs the action now if the password was confirmed recently, otherwise after asking for it. */
    public static void confirmThen(Reauthentication reauthentication, Runnable action) {
        if (reauthentication.isRecent()) {
            action.run();
            return;
        }
        new ReauthenticationDialog(reauthentication, action).open();
    }
}
