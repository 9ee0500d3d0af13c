package com.milestonerecovery.portal.ops.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts this server's open Vaadin sessions and UIs (browser tabs) for Prometheus ({@code portal_vaadin_sessions},
 * {@code portal_vaadin_uis}). Counters move on Vaadin's own init and destroy/detach events: no scan of sessions.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("portal.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions on this server").register(registry);
        Gauge.builder("portal.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) on this server").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(d -> uis.decrementAndGet());
        });
    }
}
