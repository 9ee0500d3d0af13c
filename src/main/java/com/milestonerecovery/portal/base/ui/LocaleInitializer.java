package com.milestonerecovery.portal.base.ui;

import java.util.Arrays;
import java.util.Locale;

import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

/**
 * Applies the language a person chose (kept in a cookie) to every new UI, and keeps the page's
 * {@code lang} attribute in step so screen readers pronounce the text correctly.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            setDocumentLanguage(ui, locale);
        });
    }

    /** Switches the language for this browser and remembers it for a year. */
    public static void switchTo(UI ui, Locale requested) {
        Locale locale = SupportedLocales.supported(requested);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(locale);
        // Reload so every text on the page is rendered again in the new language (and lang follows).
        ui.getPage().reload();
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null) {
            return SupportedLocales.ENGLISH;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .map(c -> SupportedLocales.fromTag(c.getValue()))
                    .findFirst()
                    .orElseGet(() -> SupportedLocales.supported(request.getLocale()));
        }
        return SupportedLocales.supported(request.getLocale());
    }

    private static void setDocumentLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
    }
}
