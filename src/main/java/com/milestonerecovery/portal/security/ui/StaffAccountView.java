package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.PasswordChangeException;
import com.milestonerecovery.portal.security.PasswordPolicy;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Staff: my password and my two-step verification (which staff cannot turn off). */
@Route(value = "staff/account", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR, Roles.ADMIN})
public class StaffAccountView extends VerticalLayout implements HasDynamicTitle {

    StaffAccountView(AccountService accounts, PasswordPolicy policy, TwoFactorService twoFactor,
            Reauthentication reauthentication, CurrentUser currentUser) {
        addClassName("staff-account-view");
        setMaxWidth("40rem");
        add(new H1(getTranslation("auth.staffAccount.title")), new Paragraph(getTranslation("auth.staffAccount.intro")));

        add(new H2(getTranslation("account.password")));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("account.password.help"));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        String username = currentUser.require().getUsername();
        PasswordStrengthMeter meter = new PasswordStrengthMeter(next, policy, () -> username);
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        repeat.setId("repeat-password");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.password.change"), e -> {
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
            } catch (PasswordChangeException ex) {
                PasswordField field = "account.password.error.current".equals(ex.messageKey()) ? current : next;
                field.setErrorMessage(getTranslation(ex.messageKey()));
                field.setInvalid(true);
            }
        });
        change.setId("change-password");
        add(current, next, meter, repeat, change);
        add(new TwoFactorSettings(twoFactor, reauthentication, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auth.staffAccount.title");
    }
}
