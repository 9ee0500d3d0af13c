package com.milestonerecovery.portal.bench.session;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Registers {@link EmptyBenchView} at {@code /bench-empty}, in the {@code bench} profile only (this class lives on
 * the test classpath; the tests' profiles never activate it).
 */
@Component
@Profile("bench")
class EmptyBenchRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setAnnotatedRoute(EmptyBenchView.class);
    }
}
