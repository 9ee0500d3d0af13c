package com.milestonerecovery.portal.clientportal.ui;

import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.base.ui.LanguageSwitch;
import com.milestonerecovery.portal.base.ui.MenuToggle;
import com.milestonerecovery.portal.base.ui.Markup;
import com.milestonerecovery.portal.base.ui.SignOutButton;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.IdleSessions;
import com.milestonerecovery.portal.security.ui.IdleWarning;
import com.milestonerecovery.portal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The client portal's frame: the client's own pages only, their name, sign-out and the crisis line. */
@RolesAllowed(Roles.CLIENT)
public class ClientLayout extends AppLayout implements AfterNavigationObserver {

    /** The drawer's links: page, then the message key of its name. */
    private static final List<Map.Entry<Class<? extends Component>, String>> PAGES = List.of(
            Map.entry(TodayView.class, "nav.today"), Map.entry(CheckInView.class, "nav.checkIn"),
            Map.entry(PlanView.class, "nav.plan"), Map.entry(HistoryView.class, "nav.history"),
            Map.entry(AppointmentsView.class, "nav.appointments"), Map.entry(LearnView.class, "nav.learn"),
            Map.entry(AccountView.class, "nav.account"));

    private final Div content = new Div();
    private final String signedInName;
    private final Markup navigation;
    private final CrisisLine crisisLine;

    ClientLayout(ClinicProperties clinic, CurrentUser currentUser, AuthenticationContext authenticationContext,
            IdleSessions idleSessions) {
        addClassName("client-layout");
        IdleWarning.watch(this, idleSessions, authenticationContext);
        setPrimarySection(Section.NAVBAR);

        Markup title = Markup.text("span", "app-title", clinic.name());
        addToNavbar(new MenuToggle(getTranslation("nav.menu")), title, new SignOutButton(authenticationContext));

        // The drawer is the client's name and the navigation in one read-only element (Markup: plain links the
        // client-side router follows), not a SideNav with an item, a label and a listener each: it is in every
        // client session. afterNavigation marks the current page. The language button is placed in the name's row
        // by CSS.
        signedInName = currentUser.displayName();
        navigation = new Markup(navigation(""));
        LanguageSwitch language = new LanguageSwitch();
        language.addClassName("drawer-language");
        addToDrawer(navigation, language);

        // One content element: the crisis line first, then the current view (no extra wrapper).
        content.addClassName("page-content");
        crisisLine = new CrisisLine(clinic.emergency());
        content.add(crisisLine);
        setContent(content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.show(navigation(event.getLocation().getPath()));
    }

    /** The client's name, then the links, the one for {@code currentPath} marked as the current page. */
    private org.jsoup.nodes.Element navigation(String currentPath) {
        org.jsoup.nodes.Element menu = Markup.root("div").addClass("drawer-menu");
        menu.appendElement("div").addClass("drawer-account").appendElement("span").addClass("signed-in-name")
                .text(signedInName);
        org.jsoup.nodes.Element nav = menu.appendElement("nav").addClass("portal-nav")
                .attr("aria-label", getTranslation("nav.portal"));
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (Map.Entry<Class<? extends Component>, String> page : PAGES) {
            String path = routes.getUrl(page.getKey());
            org.jsoup.nodes.Element link = nav.appendElement("a").attr("href", path).attr("router-link", "")
                    .text(getTranslation(page.getValue()));
            if (path.equals(currentPath)) {
                link.attr("aria-current", "page");
            }
        }
        return menu;
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
