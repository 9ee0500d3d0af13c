package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Consistent, screen-reader-announced outcome messages (Vaadin notifications live in an ARIA live region). */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification.show(text, 6000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.ERROR);
    }
}
