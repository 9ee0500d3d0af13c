package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * "Change my password" for anyone signed in (client and staff account pages): the current password, the new one
 * with the policy's strength shown while typing, and the new one again. The service checks the current password
 * and the policy; its message is shown next to the field it concerns.
 */
public class PasswordChangeForm extends VerticalLayout {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public PasswordChangeForm(AccountService accounts, PasswordPolicy policy, String username) {
        this.accounts = accounts;
        setPadding(false);
        current.setLabel(getTranslation("account.password.current"));
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("account.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("account.password.help"));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.password.change"), e -> change());
        change.setId("change-password");
        add(current, next, new PasswordStrengthMeter(next, policy, () -> username), repeat, change);
    }

    private void change() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.password.error.repeat"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notifications.success(getTranslation("account.password.changed"));
        } catch (PasswordChangeException e) {
            PasswordField field = "account.password.error.current".equals(e.messageKey()) ? current : next;
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        }
    }
}
