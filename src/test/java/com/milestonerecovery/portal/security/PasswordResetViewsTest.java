package com.milestonerecovery.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.milestonerecovery.portal.security.ui.ActivateView;
import com.milestonerecovery.portal.security.ui.ForgotPasswordView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
class PasswordResetViewsTest extends SpringBrowserlessTest {

    private String answerFor(String identity) {
        navigate(ForgotPasswordView.class);
        test(find(TextField.class).id("reset-identity")).setValue(identity);
        test(find(Button.class).id("reset-send")).click();
        return find(Div.class).id("reset-result").getText();
    }

    @Test
    @WithAnonymousUser
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() {
        String known = answerFor("client19");
        String unknown = answerFor("no-such-person");
        assertThat(known).isEqualTo(unknown).startsWith("If that matches an account");
    }

    @Test
    @WithAnonymousUser
    void aBrokenLinkExplainsItselfAndOffersANewOne() {
        navigate(ActivateView.class, "not-a-real-token");
        assertThat(find(H1.class).single().getText()).isEqualTo("This link no longer works");
    }
}
