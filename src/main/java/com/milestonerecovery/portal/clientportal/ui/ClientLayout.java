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
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The client portal's frame: the client's own pages only, their name, sign-out and the crisis line. */
@RolesAllowed(Roles.CLIENT)
public class ClientLayout extends AppLayout {

    private final Div content = new Div();
    private final CrisisLine crisisLine;

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

        // No icon components: the items' icons are drawn by CSS (styles.css, by the items' paths), seven fewer
        // elements in every client session's server-side tree.
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.portal"));
        nav.addItem(new SideNavItem(getTranslation("nav.today"), TodayView.class),
                new SideNavItem(getTranslation("nav.checkIn"), CheckInView.class),
                new SideNavItem(getTranslation("nav.plan"), PlanView.class),
                new SideNavItem(getTranslation("nav.history"), HistoryView.class),
                new SideNavItem(getTranslation("nav.appointments"), AppointmentsView.class),
                new SideNavItem(getTranslation("nav.learn"), LearnView.class),
                new SideNavItem(getTranslation("nav.account"), AccountView.class));
        addToDrawer(account, nav);

        // One content element: the crisis line first, then the current view (no extra wrapper).
        content.addClassName("page-content");
        crisisLine = new CrisisLine(clinic.emergency());
        content.add(crisisLine);
        setContent(content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        Element element = content.getElement();
        element.getChildren().filter(child -> !child.equals(crisisLine.getElement())).toList()
                .forEach(element::removeChild);
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
