package com.milestonerecovery.portal.base.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from Spring's message bundles ({@code i18n/*.properties}), English and Spanish. */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocales.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", SupportedLocales.supported(locale));
    }
}
