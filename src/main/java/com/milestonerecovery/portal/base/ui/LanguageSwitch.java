package com.milestonerecovery.portal.base.ui;

import java.util.Locale;

import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** One button that offers the other language, written in that language ("Español" / "English"). */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        addThemeVariants(ButtonVariant.TERTIARY);
        addClassName("language-switch");
        addAttachListener(event -> {
            Locale current = SupportedLocales.supported(event.getUI().getLocale());
            Locale other = SupportedLocales.SPANISH.equals(current) ? SupportedLocales.ENGLISH
                    : SupportedLocales.SPANISH;
            setText(getTranslation(other, "language.name"));
            getElement().setAttribute("lang", other.getLanguage());
            getElement().setAttribute("aria-label", getTranslation(other, "language.switch"));
            setId("language-switch");
        });
        addClickListener(event -> getUI().ifPresent(ui -> {
            Locale current = SupportedLocales.supported(ui.getLocale());
            LocaleInitializer.switchTo(ui, SupportedLocales.SPANISH.equals(current) ? SupportedLocales.ENGLISH
                    : SupportedLocales.SPANISH);
        }));
    }
}
