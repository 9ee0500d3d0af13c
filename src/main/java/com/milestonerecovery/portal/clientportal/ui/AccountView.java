package com.milestonerecovery.portal.clientportal.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.milestonerecovery.portal.base.ui.LocaleInitializer;
import com.milestonerecovery.portal.base.ui.Notifications;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.consent.Consent;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.monitoring.RecordsExportService;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.PasswordPolicy;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.ReauthenticationRequiredException;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.TwoFactorService;
import com.milestonerecovery.portal.security.ui.PasswordChangeForm;
import com.milestonerecovery.portal.security.ui.ReauthenticationDialog;
import com.milestonerecovery.portal.security.ui.TwoFactorSettings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/** My account: language, password, and a copy of my records (CSV and printable PDF). */
@Route(value = "portal/account", layout = ClientLayout.class)
@RolesAllowed(Roles.CLIENT)
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    AccountView(AccountService accounts, ClientDirectory clients, RecordsExportService export,
            ConsentService consents, ClinicProperties clinic, Clock clock, PasswordPolicy passwordPolicy,
            TwoFactorService twoFactor, Reauthentication reauthentication, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("account-view");
        setPadding(false);
        add(new H1(getTranslation("account.title")));

        add(new H2(getTranslation("account.language")));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("account.language.label"));
        language.setItems(SupportedLocales.ALL);
        language.setItemLabelGenerator(l -> getTranslation(l, "language.name"));
        language.setValue(SupportedLocales.supported(getLocale()));
        language.setId("account-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> LocaleInitializer.switchTo(ui, e.getValue()));
            }
        });
        add(language);

        add(new H2(getTranslation("account.contact")));
        ContactPreferences preferences = clients.myContactPreferences();
        Checkbox reminders = new Checkbox(getTranslation("account.contact.reminders"), preferences.emailReminders());
        reminders.setId("pref-reminders");
        Checkbox emailName = new Checkbox(getTranslation("account.contact.emailName", clinic.name()),
                preferences.emailMayNameClinic());
        emailName.setId("pref-email-name");
        Checkbox voicemailName = new Checkbox(getTranslation("account.contact.voicemailName", clinic.name()),
                preferences.voicemailMayNameClinic());
        voicemailName.setId("pref-voicemail-name");
        Button savePreferences = new Button(getTranslation("account.contact.save"), e -> {
            clients.saveMyContactPreferences(new ContactPreferences(reminders.getValue(), emailName.getValue(),
                    voicemailName.getValue()));
            Notifications.success(getTranslation("account.contact.saved"));
        });
        savePreferences.setId("save-preferences");
        add(new Paragraph(getTranslation("account.contact.intro")), reminders, emailName, voicemailName,
                savePreferences);

        add(new H2(getTranslation("account.password")));
        add(new PasswordChangeForm(accounts, passwordPolicy, currentUser.require().getUsername()));

        add(new TwoFactorSettings(twoFactor, reauthentication, true));

        add(new H2(getTranslation("account.export")), new Paragraph(getTranslation("account.export.intro")));
        Paragraph notice = new Paragraph(export.notice(getLocale()));
        notice.addClassName("privacy-notice");
        Locale locale = getLocale();
        String stamp = LocalDate.now(clock.withZone(clinic.timeZone())).toString();
        // The files come only after the password is typed again (the export service checks it): a device left
        // signed in should not hand over a copy of someone's treatment record.
        Anchor csv = download(() -> export.csv(locale), "my-records-" + stamp + ".csv", "text/csv;charset=utf-8",
                getTranslation("account.export.csv"));
        csv.setId("export-csv");
        Anchor pdf = download(() -> export.pdf(locale), "my-records-" + stamp + ".pdf", "application/pdf",
                getTranslation("account.export.pdf"));
        pdf.setId("export-pdf");
        Div downloads = new Div(new Paragraph(getTranslation("account.export.ready")), csv, pdf);
        downloads.setId("export-downloads");
        downloads.setVisible(false);
        Button prepare = new Button(getTranslation("account.export.prepare"));
        prepare.setId("export-prepare");
        prepare.addClickListener(e -> ReauthenticationDialog.confirmThen(reauthentication, () -> {
            prepare.setVisible(false);
            downloads.setVisible(true);
        }));
        add(notice, prepare, downloads);

        add(new H2(getTranslation("consent.mine.title")), new Paragraph(getTranslation("consent.mine.intro")));
        Div consentList = new Div();
        consentList.setId("my-consents");
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        var mine = consents.myConsents();
        if (mine.isEmpty()) {
            consentList.add(new Paragraph(getTranslation("consent.none")));
        }
        for (Consent c : mine) {
            // Recipient and purpose were typed by staff: shown as text, never as HTML.
            Paragraph line = new Paragraph(getTranslation(c.revokedAt() != null ? "consent.line.revoked"
                    : c.activeOn(today) ? "consent.line.active" : "consent.line.expired", c.recipient(), c.purpose(),
                    c.expiresOn().toString()));
            consentList.add(line);
        }
        add(consentList);
    }

    /**
     * A download link for a copy of the records. The export service refuses when the password confirmation is
     * more than a few minutes old; the link then answers 403, and the page's button asks for the password again.
     */
    private static Anchor download(SerializableSupplier<byte[]> file, String name, String type, String text) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = file.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
            } catch (ReauthenticationRequiredException expired) {
                return DownloadResponse.error(403);
            }
        }), text);
        link.addClassName("cta-button");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
