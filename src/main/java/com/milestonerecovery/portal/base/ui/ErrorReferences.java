package com.milestonerecovery.portal.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected failures get a short reference id that the person sees and the log records next to the stack
 * trace. Failures inside a click or other event (not a navigation) show a notification with the reference
 * instead of Vaadin's default, which would show the exception in development mode.
 */
@SpringComponent
public class ErrorReferences implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Logs the failure under a new reference and returns it. */
    public static String log(String what, Throwable failure) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String reference = "E-" + HexFormat.of().withUpperCase().formatHex(bytes);
        log.error("{} (reference {})", what, reference, failure);
        return reference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String reference = log("An action failed", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification note = Notification.show(ui.getTranslation("error.title") + " ("
                        + reference + ")", 8000, Notification.Position.MIDDLE);
                note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
