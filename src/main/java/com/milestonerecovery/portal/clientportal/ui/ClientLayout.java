package com.milestonerecovery.portal.clientportal.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.base.ui.LanguageSwitch;
import com.milestonerecovery.portal.base.ui.SignOutButton;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.IdleSessions;
import com.milestonerecovery.portal.security.ui.IdleWarning;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The client portal's frame: the client's own pages only, their name, sign-out and the crisis line. */
@RolesAllowed(Roles.CLIENT)
public class ClientLayout extends AppLayout {

    private final Div content = new Div();

    ClientLayout(ClinicProperties clinic, CurrentUser currentUser, AuthenticationContext authenticationContext,
            IdleSessions idleSessions) {
        addClassName("client-layout");
        IdleWarning.watch(this, idleSessions, authenticationContext);
        setPrimarySection(Section.NAVBAR);

        Span title = new Span(clinic.name());
        title.addClassName("app-title");
        Span name = new Span(currentUser.displayName());
        name.addClassName("signed-in-name");
        Div account = new Div(name, new LanguageSwitch());
        account.addClassName("drawer-account");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.menu"));
        addToNavbar(toggle, title, new SignOutButton(authenticationContext));

        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.portal"));
        nav.addItem(new SideNavItem(getTranslation("nav.today"), TodayView.class, VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.checkIn"), CheckInView.class,
                VaadinIcon.CLIPBOARD_HEART.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.plan"), PlanView.class, VaadinIcon.PILLS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.history"), HistoryView.class, VaadinIcon.TIME_BACKWARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.appointments"), AppointmentsView.class,
                VaadinIcon.CALENDAR_CLOCK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.learn"), LearnView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.account"), AccountView.class, VaadinIcon.USER.create()));
        addToDrawer(account, nav);

        content.addClassName("page-content");
        setContent(new Div(new CrisisLine(clinic.emergency()), content));
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
