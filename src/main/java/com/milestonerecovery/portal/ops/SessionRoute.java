package com.milestonerecovery.portal.ops;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Behind a load balancer with sticky sessions: Tomcat's jvmRoute. With {@code portal.ops.jvm-route=a} every session
 * id this server issues ends in {@code .a}, and the balancer sends requests carrying such a JSESSIONID cookie to this
 * server (see docs/OPERATIONS.md and ops/nginx). Vaadin keeps UI state in the server's memory, so a session must stay
 * where it began.
 */
@Component
class SessionRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    SessionRoute(OpsProperties properties) {
        this.route = properties.jvmRoute().trim();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!StringUtils.hasText(route)) {
            return;
        }
        // The engine is the context's grandparent once the context is added to its host, before sessions start.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        }));
    }
}
