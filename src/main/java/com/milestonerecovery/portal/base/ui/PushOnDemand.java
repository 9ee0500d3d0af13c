package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.communication.PushMode;

import org.springframework.stereotype.Component;

/**
 * Server push only where a view needs it. {@code @Push} on the app shell makes every UI open a WebSocket and keep
 * it for as long as the tab is open, with its buffers on the server (about a third of an idle session's heap, see
 * docs/BENCHMARKS.md), although only the staff dashboard pushes. So every new UI starts without push, and a view
 * that updates itself turns it on while it is attached ({@link #enable}, {@link #disable}); the browser opens the
 * connection when the mode changes.
 */
@Component
public class PushOnDemand implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> disable(uiEvent.getUI()));
    }

    public static void enable(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
    }

    public static void disable(UI ui) {
        ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
    }
}
