package com.milestonerecovery.portal.staff.ui;

import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The staff home page. */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR, Roles.ADMIN})
public class StaffDashboardView extends VerticalLayout implements HasDynamicTitle {

    StaffDashboardView(CurrentUser currentUser) {
        add(new H1(getTranslation("staff.dashboard.greeting", currentUser.displayName())));
        for (Role role : Role.STAFF) {
            if (currentUser.hasRole(role)) {
                add(new Paragraph(getTranslation("staff.dashboard.role", getTranslation("role." + role.name()))));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.dashboard.title");
    }
}
