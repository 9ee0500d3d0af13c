package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push only where a view needs it. {@code @Push} on the app shell made every UI open a WebSocket and keep
 * it, with its buffers on the server, for as long as the tab is open (see docs/BENCHMARKS.md), although only the
 * staff dashboard pushes. So UIs start without push, and a view that updates itself turns it on while it is
 * attached; the browser's Vaadin client opens the connection (loading its push script) when the mode changes, and
 * closes it when it goes off.
 */
public final class PushOnDemand {

    private PushOnDemand() {
    }

    public static void enable(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    public static void disable(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
    }
}
