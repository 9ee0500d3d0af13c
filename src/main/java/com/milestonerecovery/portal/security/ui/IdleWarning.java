package com.milestonerecovery.portal.security.ui;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import com.milestonerecovery.portal.security.IdleSessions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The warning a minute before idle logoff. A signed-in page checks its session with a UI poll timed for the
 * moment the warning is due (at least every {@code portal.security.idle.check-interval}); the poll itself is not
 * activity ({@link IdleSessions#checkFromPoll()}). Within the last minute it shows a dialog: "Stay signed in"
 * (a click, so activity) or "Sign out now". If nobody answers, the next poll arrives after the limit, the session
 * is ended by the guard, and the page goes to the sign-in page, which says why. Activity in another tab of the
 * same session counts: the warning closes at the next check.
 */
public final class IdleWarning implements Serializable {

    private static final Duration AFTER_LIMIT = Duration.ofSeconds(1);

    private final UI ui;
    private final IdleSessions idle;
    private final AuthenticationContext authenticationContext;
    private Dialog dialog;

    private IdleWarning(UI ui, IdleSessions idle, AuthenticationContext authenticationContext) {
        this.ui = ui;
        this.idle = idle;
        this.authenticationContext = authenticationContext;
    }

    /** Watches the idle time of the session while the signed-in layout is shown in a UI. */
    public static void watch(Component layout, IdleSessions idle, AuthenticationContext authenticationContext) {
        layout.addAttachListener(event -> {
            UI ui = event.getUI();
            IdleWarning warning = ComponentUtil.getData(ui, IdleWarning.class);
            if (warning == null) {
                IdleWarning created = new IdleWarning(ui, idle, authenticationContext);
                ComponentUtil.setData(ui, IdleWarning.class, created);
                ui.addPollListener(poll -> created.schedule(idle.checkFromPoll()));
                warning = created;
            }
            warning.schedule(idle.remaining());
        });
    }

    private void schedule(Optional<Duration> remaining) {
        if (remaining.isEmpty()) {
            closeDialog();
            ui.setPollInterval(-1);
            return;
        }
        Duration left = remaining.get();
        Duration next;
        if (left.compareTo(idle.warning()) > 0) {
            closeDialog();
            next = left.minus(idle.warning());
        } else {
            openDialog();
            next = left.isNegative() ? AFTER_LIMIT : left.plus(AFTER_LIMIT);
        }
        if (next.compareTo(idle.checkInterval()) > 0) {
            next = idle.checkInterval();
        }
        ui.setPollInterval((int) Math.max(1_000, next.toMillis()));
    }

    private void openDialog() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        dialog = new Dialog();
        dialog.setId("idle-warning");
        dialog.setHeaderTitle(ui.getTranslation("auth.idle.warning.title"));
        dialog.setCloseOnOutsideClick(false);
        dialog.setRole("alertdialog");
        dialog.add(new Paragraph(ui.getTranslation("auth.idle.warning.text")));
        Button stay = new Button(ui.getTranslation("auth.idle.warning.stay"), e -> {
            // The click was a request of its own: the guard counted it as activity.
            closeDialog();
            schedule(idle.remaining());
        });
        stay.setId("idle-stay");
        stay.addThemeVariants(ButtonVariant.PRIMARY);
        Button signOut = new Button(ui.getTranslation("auth.idle.warning.signOut"),
                e -> authenticationContext.logout());
        signOut.setId("idle-sign-out");
        dialog.getFooter().add(signOut, stay);
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                stay.focus();
            } else if (e.isFromClient()) {
                // Closed with Escape: that key press was activity too.
                schedule(idle.remaining());
            }
        });
        dialog.open();
    }

    private void closeDialog() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }
}
