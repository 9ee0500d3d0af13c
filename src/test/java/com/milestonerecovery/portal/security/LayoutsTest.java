package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.base.ui.SignOutButton;
import com.milestonerecovery.portal.clientportal.ui.ClientLayout;
import com.milestonerecovery.portal.clientportal.ui.TodayView;
import com.milestonerecovery.portal.publicsite.ui.HomeView;
import com.milestonerecovery.portal.staff.ui.StaffDashboardView;
import com.milestonerecovery.portal.support.ElementTree;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each face's frame: crisis line where PRODUCT.md asks for it, the signed-in name, and role-fitting navigation. */
@SpringBootTest
class LayoutsTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void publicLayoutShowsCrisisLineAndSignIn() {
        navigate(HomeView.class);
        CrisisLine crisis = find(CrisisLine.class).single();
        assertThat(ElementTree.text(crisis.getElement())).contains("988", "911", "1-800-662-4357");
        assertThat(find(Anchor.class).withText("Sign in").exists()).isTrue();
        assertThat(find(SignOutButton.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("client")
    void clientLayoutShowsNameSignOutCrisisLineAndOnlyClientNavigation() {
        navigate(TodayView.class);
        assertThat(find(CrisisLine.class).exists()).isTrue();
        org.jsoup.nodes.Element page = ElementTree.rendered(find(ClientLayout.class).single().getElement());
        assertThat(page.select(".signed-in-name").text()).isEqualTo("Jamie Demo");
        assertThat(find(SignOutButton.class).exists()).isTrue();
        assertThat(page.select("nav.portal-nav a").eachAttr("href")).containsExactly("portal", "portal/check-in",
                "portal/plan", "portal/history", "portal/appointments", "portal/learn", "portal/account");
    }

    @Test
    @WithUserDetails("clinician")
    void staffLayoutHidesAdministrationFromClinicians() {
        navigate(StaffDashboardView.class);
        assertThat(find(Span.class).withClassName("signed-in-name").single().getText()).isEqualTo("Dr. Dana Whitfield");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .containsExactly("staff", "staff/clients", "staff/consultations", "staff/schedule", "staff/account");
        assertThat(find(CrisisLine.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void staffLayoutShowsAdministrationToAdmins() {
        navigate(StaffDashboardView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("staff", "staff/admin/users", "staff/admin/outbox");
    }
}
