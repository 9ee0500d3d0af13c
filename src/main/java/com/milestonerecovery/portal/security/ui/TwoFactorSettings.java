package com.milestonerecovery.portal.security.ui;

import java.util.List;

import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Two-step verification in "My account": turn it on (QR code, first code, recovery codes), set up a new phone,
 * new recovery codes, and (clients only) turn it off. Every change asks for the password first.
 */
public class TwoFactorSettings extends Div {

    private final TwoFactorService twoFactor;
    private final Reauthentication reauthentication;
    private final boolean mayTurnOff;
    private final Div body = new Div();

    public TwoFactorSettings(TwoFactorService twoFactor, Reauthentication reauthentication, boolean mayTurnOff) {
        this.twoFactor = twoFactor;
        this.reauthentication = reauthentication;
        this.mayTurnOff = mayTurnOff;
        setId("two-factor-settings");
        add(new H2(getTranslation("auth.account.twoFactor")), body);
        showStatus();
    }

    private void showStatus() {
        body.removeAll();
        boolean on = twoFactor.isEnrolledMe();
        Paragraph status = new Paragraph(getTranslation(on ? "auth.account.twoFactor.on" : "auth.account.twoFactor.off"));
        status.setId("two-factor-status");
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (on) {
            Button replace = new Button(getTranslation("auth.account.twoFactor.replace"),
                    e -> ReauthenticationDialog.confirmThen(reauthentication, this::showEnrolment));
            replace.setId("two-factor-replace");
            Button codes = new Button(getTranslation("auth.account.twoFactor.newCodes"),
                    e -> ReauthenticationDialog.confirmThen(reauthentication,
                            () -> showCodes(twoFactor.newRecoveryCodesForMe())));
            codes.setId("two-factor-new-codes");
            actions.add(replace, codes);
            if (mayTurnOff) {
                Button off = new Button(getTranslation("auth.account.twoFactor.disable"),
                        e -> ReauthenticationDialog.confirmThen(reauthentication, () -> {
                            twoFactor.disableForMe();
                            Notifications.success(getTranslation("auth.account.twoFactor.disabled"));
                            showStatus();
                        }));
                off.setId("two-factor-disable");
                off.addThemeVariants(ButtonVariant.ERROR);
                actions.add(off);
            }
        } else {
            Button enable = new Button(getTranslation("auth.account.twoFactor.enable"),
                    e -> ReauthenticationDialog.confirmThen(reauthentication, this::showEnrolment));
            enable.setId("two-factor-enable");
            enable.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(enable);
        }
        body.add(status, actions);
    }

    private void showEnrolment() {
        body.removeAll();
        TwoFactorService.Enrolment enrolment = twoFactor.newEnrolment();
        TextField code = new TextField(getTranslation("auth.enrol.code"));
        code.setId("enrol-code");
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("inputmode", "numeric");
        Button confirm = new Button(getTranslation("auth.enrol.confirm"));
        confirm.setId("enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(e -> {
            List<String> codes = twoFactor.enableForMe(enrolment.secret(), code.getValue());
            if (codes.isEmpty()) {
                WrongEntry.refuse(code, getTranslation("auth.twoFactor.wrong"));
                return;
            }
            Notifications.success(getTranslation("auth.account.twoFactor.enabled"));
            showCodes(codes);
        });
        Button cancel = new Button(getTranslation("auth.cancel"), e -> showStatus());
        body.add(new Paragraph(getTranslation("auth.enrol.intro")), EnrolmentPanel.qrAndSecret(enrolment), code,
                new FlexLayout(confirm, cancel));
        code.focus();
    }

    private void showCodes(List<String> codes) {
        body.removeAll();
        Button done = new Button(getTranslation("auth.recovery.continue"), e -> showStatus());
        done.setId("recovery-continue");
        body.add(EnrolmentPanel.recoveryCodes(codes), done);
    }
}
