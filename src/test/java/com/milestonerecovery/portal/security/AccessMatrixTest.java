package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.milestonerecovery.portal.clientportal.ui.TodayView;
import com.milestonerecovery.portal.security.ui.LoginView;
import com.milestonerecovery.portal.security.ui.StaffAccountView;
import com.milestonerecovery.portal.staff.ui.ClientsView;
import com.milestonerecovery.portal.staff.ui.ConsultationsView;
import com.milestonerecovery.portal.staff.ui.StaffDashboardView;
import com.milestonerecovery.portal.staff.ui.admin.OutboxView;
import com.milestonerecovery.portal.staff.ui.admin.UsersView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may open which face, through Vaadin's real navigation access control: anonymous users are sent to
 * sign in; signed-in users who lack the role get "not found" (no hint the page exists).
 */
@SpringBootTest
class AccessMatrixTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousIsSentToSignInFromEveryProtectedFace() {
        for (String route : new String[] {"portal", "staff", "staff/consultations", "staff/clients", "staff/clients/1", "staff/admin/users", "staff/admin/outbox", "staff/account"}) {
            navigate(route, LoginView.class);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithUserDetails("client")
    void clientOpensOnlyThePortal() {
        assertOpens(TodayView.class);
        assertDenied(StaffDashboardView.class);
        assertDenied(ClientsView.class);
        assertDenied(ConsultationsView.class);
        assertDenied(UsersView.class);
        assertDenied(OutboxView.class);
        assertDenied(StaffAccountView.class);
    }

    @Test
    @WithAnonymousUser
    void theSecondSignInStepWithoutAPasswordStepGoesBackToSignIn() {
        navigate("login/two-factor", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("clinician")
    void clinicianOpensTheStaffDashboardButNotAdminOrPortal() {
        assertOpens(StaffDashboardView.class);
        assertOpens(ClientsView.class);
        assertOpens(ConsultationsView.class);
        assertDenied(TodayView.class);
        assertDenied(UsersView.class);
        assertDenied(OutboxView.class);
    }

    @Test
    @WithUserDetails("coordinator")
    void coordinatorOpensTheStaffDashboardButNotAdminOrPortal() {
        assertOpens(StaffDashboardView.class);
        assertOpens(ClientsView.class);
        assertOpens(ConsultationsView.class);
        assertDenied(TodayView.class);
        assertDenied(UsersView.class);
        assertDenied(OutboxView.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminOpensStaffAndAdminPagesButNotThePortal() {
        assertOpens(StaffDashboardView.class);
        assertOpens(StaffAccountView.class);
        assertOpens(UsersView.class);
        assertOpens(OutboxView.class);
        assertDenied(TodayView.class);
        assertDenied(ConsultationsView.class);
        assertDenied(ClientsView.class);
    }

    private void assertOpens(Class<? extends Component> view) {
        navigate(view);
        assertThat(getCurrentView()).isInstanceOf(view);
    }

    private void assertDenied(Class<? extends Component> view) {
        assertThatThrownBy(() -> navigate(view))
                .as(view.getSimpleName())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RouteNotFoundError");
    }
}
