package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.PasswordPolicy;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.milestonerecovery.portal.staff.ui.StaffLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
        add(new PasswordChangeForm(accounts, policy, currentUser.require().getUsername()));
        add(new TwoFactorSettings(twoFactor, reauthentication, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auth.staffAccount.title");
    }
}
