package com.milestonerecovery.portal.security.ui;

import com.milestonerecovery.portal.publicsite.ui.PublicLayout;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Ask for a reset link. The answer is the same whether or not an account matches. */
@Route(value = "forgot-password", layout = PublicLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("forgot-password-view");
        TextField identity = new TextField(getTranslation("reset.identity"));
        identity.setId("reset-identity");
        identity.setMaxLength(254);
        identity.setWidthFull();
        identity.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        Div result = new Div();
        result.setId("reset-result");
        result.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("reset.send"), e -> {
            resets.requestReset(identity.getValue(), getLocale());
            identity.clear();
            result.setText(getTranslation("reset.sent"));
            e.getSource().setEnabled(true);
        });
        send.setId("reset-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        setMaxWidth("32rem");
        add(new H1(getTranslation("reset.title")), new Paragraph(getTranslation("reset.intro")), identity, send,
                result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
