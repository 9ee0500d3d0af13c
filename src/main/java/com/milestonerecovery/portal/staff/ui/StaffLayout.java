package com.milestonerecovery.portal.staff.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.LanguageSwitch;
import com.milestonerecovery.portal.base.ui.MenuToggle;
import com.milestonerecovery.portal.base.ui.SignOutButton;
import com.milestonerecovery.portal.security.ui.StaffAccountView;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.IdleSessions;
import com.milestonerecovery.portal.security.ui.IdleWarning;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.staff.ui.admin.AuditView;
import com.milestonerecovery.portal.staff.ui.admin.OutboxView;
import com.milestonerecovery.portal.staff.ui.admin.UsersView;
import com.milestonerecovery.portal.staff.ui.schedule.ScheduleView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The staff frame. Navigation lists only what the signed-in role may open. */
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR, Roles.ADMIN})
public class StaffLayout extends AppLayout {

    StaffLayout(ClinicProperties clinic, CurrentUser currentUser, AuthenticationContext authenticationContext,
            IdleSessions idleSessions) {
        addClassName("staff-layout");
        IdleWarning.watch(this, idleSessions, authenticationContext);
        setPrimarySection(Section.DRAWER);

        MenuToggle toggle = new MenuToggle(getTranslation("nav.menu"));
        Span title = new Span(getTranslation("staff.title"));
        title.addClassName("app-title");
        Span name = new Span(currentUser.displayName());
        name.addClassName("signed-in-name");
        Div account = new Div(name, new LanguageSwitch());
        account.addClassName("drawer-account");
        addToNavbar(toggle, title, new SignOutButton(authenticationContext));

        Span brand = new Span(clinic.name());
        brand.addClassName("drawer-brand");
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.staff"));
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), StaffDashboardView.class,
                VaadinIcon.DASHBOARD.create()));
        if (currentUser.hasRole(Role.CLINICIAN) || currentUser.hasRole(Role.COORDINATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.clients"), ClientsView.class,
                    VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.consultations"), ConsultationsView.class,
                    VaadinIcon.INBOX.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.schedule"), ScheduleView.class,
                    VaadinIcon.CALENDAR_CLOCK.create()));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setExpanded(true);
            admin.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.outbox"), OutboxView.class,
                    VaadinIcon.ENVELOPES.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.RECORDS.create()));
            nav.addItem(admin);
        }
        nav.addItem(new SideNavItem(getTranslation("nav.myAccount"), StaffAccountView.class,
                VaadinIcon.KEY.create()));
        addToDrawer(brand, account, nav);
    }
}
