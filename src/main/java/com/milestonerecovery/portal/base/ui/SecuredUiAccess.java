package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a UI update pushed from a background thread as the person who owns the UI: Vaadin's {@code UI.access}
 * does not carry Spring Security's context, and the secured services need it.
 */
public final class SecuredUiAccess {

    private SecuredUiAccess() {
    }

    /** Captures the current security context now; the returned runnable applies it around each update. */
    public static Runnable bind(UI ui, Command update) {
        SecurityContext owner = SecurityContextHolder.getContext();
        return () -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(owner);
            try {
                update.execute();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
    }
}
