package com.milestonerecovery.portal.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the portal speaks. English is the fallback for anything else. */
public final class SupportedLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> ALL = List.of(ENGLISH, SPANISH);

    private SupportedLocales() {
    }

    public static Locale supported(Locale requested) {
        if (requested != null && SPANISH.getLanguage().equals(requested.getLanguage())) {
            return SPANISH;
        }
        return ENGLISH;
    }

    public static Locale fromTag(String tag) {
        return tag == null ? ENGLISH : supported(Locale.forLanguageTag(tag));
    }
}
