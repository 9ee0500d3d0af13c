package com.milestonerecovery.portal.bench.session;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The floor of the memory-per-session benchmark: a Vaadin route with nothing in it (no layout, no component but
 * its own empty {@code <div>}). What one session of it costs is what Tomcat, Spring Security and Vaadin (session,
 * UI, state tree) cost before the application adds anything. Not registered at start-up: {@link EmptyBenchRoute}
 * adds it only when the {@code bench} profile is active, so it never exists in the application or its tests.
 */
@Route(value = EmptyBenchView.ROUTE, registerAtStartup = false)
@AnonymousAllowed
public class EmptyBenchView extends Div {

    public static final String ROUTE = "bench-empty";
}
