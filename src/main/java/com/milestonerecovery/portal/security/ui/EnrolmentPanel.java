package com.milestonerecovery.portal.security.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.milestonerecovery.portal.security.TwoFactorService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Pieces shared by the enrolment at sign-in and in the account pages: the QR code with its secret as text. */
public final class EnrolmentPanel {

    private EnrolmentPanel() {
    }

    public static Component qrAndSecret(TwoFactorService.Enrolment enrolment) {
        Image qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(enrolment.qrSvg().getBytes(StandardCharsets.UTF_8)), "");
        qr.setAlt(qr.getTranslation("auth.enrol.qrAlt"));
        qr.setId("totp-qr");
        qr.addClassName("totp-qr");
        qr.setWidth("12rem");
        qr.setHeight("12rem");
        Span secret = new Span(enrolment.secretForReading());
        secret.setId("totp-secret");
        secret.addClassName("totp-secret");
        Paragraph manual = new Paragraph(qr.getTranslation("auth.enrol.manual"));
        Div panel = new Div(qr, manual, secret);
        panel.addClassName("totp-enrolment");
        return panel;
    }

    public static Component recoveryCodes(List<String> codes) {
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        Paragraph intro = new Paragraph(list.getTranslation("auth.recovery.intro"));
        return new Div(intro, list);
    }
}
