package com.milestonerecovery.portal.base.ui;

import java.util.Locale;

import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.vaadin.flow.component.UI;

/** One button that offers the other language, written in that language ("Español" / "English"). */
public class LanguageSwitch extends ActionButton {

    public LanguageSwitch() {
        super(() -> {
            UI ui = UI.getCurrent();
            LocaleInitializer.switchTo(ui, other(ui.getLocale()));
        });
        tertiary();
        addClassName("language-switch");
        setId("language-switch");
        addAttachListener(event -> {
            Locale other = other(event.getUI().getLocale());
            setText(getTranslation(other, "language.name"));
            getElement().setAttribute("lang", other.getLanguage());
            getElement().setAttribute("aria-label", getTranslation(other, "language.switch"));
        });
    }

    private static Locale other(Locale current) {
        return SupportedLocales.SPANISH.equals(SupportedLocales.supported(current)) ? SupportedLocales.ENGLISH
                : SupportedLocales.SPANISH;
    }
}
