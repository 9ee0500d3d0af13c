package com.milestonerecovery.portal.security.ui;

import java.util.function.Supplier;

import com.milestonerecovery.portal.security.PasswordPolicy;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Strength feedback while a new password is typed: a server-side estimate (zxcvbn, and the policy's own
 * refusals) after a short pause in typing, shown as a bar and a sentence that screen readers announce
 * (aria-live). No JavaScript library.
 */
public class PasswordStrengthMeter extends Div {

    private final Div bar = new Div();
    private final Span text = new Span();

    public PasswordStrengthMeter(PasswordField field, PasswordPolicy policy, Supplier<String> username) {
        addClassName("password-strength");
        bar.addClassName("password-strength-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        text.addClassName("password-strength-text");
        text.setId(field.getId().orElse("password") + "-strength");
        text.getElement().setAttribute("aria-live", "polite");
        add(bar, text);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(400);
        field.addValueChangeListener(e -> update(e.getValue(), policy, username.get()));
        update("", policy, null);
    }

    private void update(String password, PasswordPolicy policy, String username) {
        if (password == null || password.isEmpty()) {
            text.setText("");
            bar.getElement().setAttribute("data-score", "none");
            return;
        }
        int score = policy.strength(password, username);
        String problem = policy.problem(password, username).orElse(null);
        bar.getElement().setAttribute("data-score", Integer.toString(score));
        String verdict = getTranslation("auth.strength." + score);
        text.setText(problem == null ? verdict : verdict + " " + getTranslation(problem));
    }
}
