package com.milestonerecovery.portal.staff.ui.record;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.consent.Consent;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.consent.Disclosure;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.ui.ReauthenticationDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.springframework.security.access.AccessDeniedException;

/**
 * 42 CFR Part 2 consents: the list (everyone of the care team who may see the record), and for the client's
 * clinicians recording, revoking and releasing the medication list to a consented recipient.
 */
class ConsentSection extends Div {

    private final ConsentService consents;
    private final Reauthentication reauthentication;
    private final long clientId;
    private final RecordFormat format;
    private final boolean mayChange;
    private final LocalDate today;
    private final Div list = new Div();

    ConsentSection(RecordServices services, long clientId, RecordFormat format, boolean mayChange) {
        this.consents = services.consents();
        this.reauthentication = services.reauthentication();
        this.clientId = clientId;
        this.format = format;
        this.mayChange = mayChange;
        this.today = LocalDate.now(services.clock().withZone(services.clinic().timeZone()));
        setId("section-consent");
        add(new H2(getTranslation("consent.title")), new Paragraph(getTranslation("consent.intro")));
        if (mayChange) {
            TextField recipient = new TextField(getTranslation("consent.recipient"));
            recipient.setMaxLength(ConsentService.RECIPIENT_MAX);
            recipient.setId("consent-recipient");
            recipient.setWidthFull();
            TextArea purpose = new TextArea(getTranslation("consent.purpose"));
            purpose.setMaxLength(ConsentService.PURPOSE_MAX);
            purpose.setId("consent-purpose");
            purpose.setWidthFull();
            DatePicker expires = new DatePicker(getTranslation("consent.expires"));
            expires.setId("consent-expires");
            expires.setMin(today);
            expires.setMax(today.plusYears(ConsentService.MAX_YEARS));
            Button save = new Button(getTranslation("consent.save"), e -> RecordErrors.run(this,
                    () -> consents.record(clientId, recipient.getValue(), purpose.getValue(), expires.getValue()),
                    () -> {
                        Notifications.success(getTranslation("consent.saved"));
                        recipient.clear();
                        purpose.clear();
                        expires.clear();
                        load();
                    }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("consent-save");
            add(recipient, purpose, expires, new Div(save));
        }
        list.setId("consent-list");
        add(list);
        load();
    }

    private void load() {
        list.removeAll();
        var all = consents.consentsOf(clientId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("consent.none")));
        }
        Locale locale = getLocale();
        for (Consent c : all) {
            Div card = new Div();
            card.addClassName("card");
            String state = c.revokedAt() != null ? "consent.line.revoked"
                    : c.activeOn(today) ? "consent.line.active" : "consent.line.expired";
            card.add(RecordFormat.text(getTranslation(state, c.recipient(), c.purpose(), format.date(c.expiresOn()))),
                    new Paragraph(getTranslation("consent.recordedBy", c.recordedBy(), format.dateTime(c.recordedAt()))));
            if (mayChange && c.activeOn(today)) {
                Button revoke = new Button(getTranslation("consent.revoke"), e -> RecordErrors.run(this,
                        () -> consents.revoke(c.id()), () -> {
                            Notifications.success(getTranslation("consent.revoked"));
                            load();
                        }));
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                // Releasing a record asks for the clinician's password again (the service checks it too).
                Anchor disclose = new Anchor(DownloadHandler.fromInputStream(event -> {
                    try {
                        Disclosure d = consents.discloseTo(clientId, c.recipient(), locale);
                        return new DownloadResponse(
                                new ByteArrayInputStream(d.content()), d.fileName(),
                                "text/plain;charset=utf-8", d.content().length);
                    } catch (RuleViolation | AccessDeniedException e) {
                        return DownloadResponse.error(409);
                    }
                }), getTranslation("consent.disclose.download"));
                disclose.addClassName("cta-button");
                disclose.setVisible(false);
                Button prepare = new Button(getTranslation("consent.disclose"));
                prepare.addClickListener(e -> ReauthenticationDialog.confirmThen(reauthentication, () -> {
                    prepare.setVisible(false);
                    disclose.setVisible(true);
                }));
                card.add(new Div(revoke, prepare, disclose));
            }
            list.add(card);
        }
    }
}
