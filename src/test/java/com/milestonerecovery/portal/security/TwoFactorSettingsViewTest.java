package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import com.milestonerecovery.portal.clientportal.ui.AccountView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A client turns two-step verification on from My account (password first, then the app's code) and off
 * again; without a fresh password confirmation the service refuses; the password strength is shown while typing.
 */
@SpringBootTest
class TwoFactorSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("client07")
    void aClientTurnsTwoStepOnAfterConfirmingThePasswordAndOffAgain() {
        assertThatThrownBy(() -> twoFactor.enableForMe("MILESTONEDEMOTOTPSECRETKEY234567", "123456"))
                .isInstanceOf(ReauthenticationRequiredException.class);

        navigate(AccountView.class);
        assertThat(find(Paragraph.class).id("two-factor-status").getText()).contains("is off");
        test(find(Button.class).id("two-factor-enable")).click();
        test(find(PasswordField.class).id("reauth-password")).setValue("not my password");
        test(find(Button.class).id("reauth-confirm")).click();
        assertThat(find(PasswordField.class).id("reauth-password").isInvalid()).isTrue();
        test(find(PasswordField.class).id("reauth-password")).setValue("Demo-Recovery-2026");
        test(find(Button.class).id("reauth-confirm")).click();

        String secret = find(Span.class).id("totp-secret").getText().replace(" ", "");
        test(find(TextField.class).id("enrol-code")).setValue(Totp.code(secret, Totp.stepAt(clock.instant())));
        test(find(Button.class).id("enrol-confirm")).click();
        List<ListItem> codes = find(ListItem.class).all();
        assertThat(codes).hasSize(10);
        test(find(Button.class).id("recovery-continue")).click();
        assertThat(find(Paragraph.class).id("two-factor-status").getText()).contains("is on");
        assertThat(jdbc.queryForObject("select totp_enabled_at is not null from user_account where username = 'client07'",
                Boolean.class)).isTrue();

        test(find(Button.class).id("two-factor-disable")).click(); // confirmed a moment ago: no second prompt
        assertThat(find(Paragraph.class).id("two-factor-status").getText()).contains("is off");
        assertThat(jdbc.queryForObject("select count(*) from recovery_code r join user_account a "
                + "on a.id = r.user_account_id where a.username = 'client07'", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("client08")
    void theNewPasswordsStrengthIsShownWhileTyping() {
        navigate(AccountView.class);
        test(find(PasswordField.class).id("new-password")).setValue("Password12345678");
        assertThat(find(Span.class).id("new-password-strength").getText()).startsWith("Strength: weak")
                .contains("too common");
        test(find(PasswordField.class).id("new-password")).setValue("harbor lantern morning tide");
        assertThat(find(Span.class).id("new-password-strength").getText()).matches("Strength: (good|strong)\\.");
    }

    @Test
    @WithUserDetails("admin")
    void anAdminResetsSomeonesSecondFactorAndOthersMayNot() {
        long id = jdbc.queryForObject("select id from user_account where username = 'client09'", Long.class);
        jdbc.update("update user_account set totp_secret = ?, totp_enabled_at = now(6) where id = ?",
                "MILESTONEDEMOTOTPSECRETKEY234567", id);
        assertThat(twoFactor.isEnrolled(id)).isTrue();
        twoFactor.resetForAccount(id);
        assertThat(twoFactor.isEnrolled(id)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TWO_FACTOR_CHANGE' "
                + "and detail = ?", Integer.class, "two-step verification reset for account " + id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("clinician")
    void onlyAdminsResetSecondFactorsAndStaffCannotTurnTheirsOff() {
        long id = jdbc.queryForObject("select id from user_account where username = 'client09'", Long.class);
        assertThatThrownBy(() -> twoFactor.resetForAccount(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.disableForMe())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
