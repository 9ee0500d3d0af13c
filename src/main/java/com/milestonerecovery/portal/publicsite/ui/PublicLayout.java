package com.milestonerecovery.portal.publicsite.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.base.ui.LanguageSwitch;
import com.milestonerecovery.portal.base.ui.SignOutButton;
import com.milestonerecovery.portal.consultation.ui.ConsultationView;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The public face: clinic name, navigation, language switch, crisis line, and the clinic's details. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    PublicLayout(ClinicProperties clinic, CurrentUser currentUser, AuthenticationContext authenticationContext) {
        addClassNames("public-layout");

        Anchor skip = new Anchor("#main-content", getTranslation("nav.skipToContent"));
        skip.addClassName("skip-link");

        RouterLink brand = new RouterLink(clinic.name(), HomeView.class);
        brand.addClassName("brand");

        Nav nav = new Nav();
        nav.addClassName("public-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        nav.add(new RouterLink(getTranslation("nav.home"), HomeView.class),
                new RouterLink(getTranslation("nav.consultation"), ConsultationView.class));
        if (authenticationContext.isAuthenticated()) {
            nav.add(homeLink(currentUser), new Span(currentUser.displayName()),
                    new SignOutButton(authenticationContext));
        } else {
            nav.add(new Anchor("login", getTranslation("nav.signIn")));
        }
        nav.add(new LanguageSwitch());

        Header header = new Header(brand, nav);
        header.addClassName("public-header");

        main.setId("main-content");
        main.addClassName("public-main");

        Footer footer = new Footer(
                new Paragraph(clinic.name() + " · " + clinic.street() + " · " + clinic.cityLine()),
                new Paragraph(new Anchor("tel:" + clinic.phone().replaceAll("[^0-9+]", ""), clinic.phone()),
                        new Span(" · "), new Anchor(clinic.website(), clinic.website())));
        footer.addClassName("public-footer");

        add(skip, header, new CrisisLine(clinic.emergency()), main, footer);
    }

    private Component homeLink(CurrentUser user) {
        if (user.hasRole(Role.CLIENT)) {
            return new Anchor("portal", getTranslation("nav.myPortal"));
        }
        return new Anchor("staff", getTranslation("nav.staffDashboard"));
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
