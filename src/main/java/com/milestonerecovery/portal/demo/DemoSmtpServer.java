package com.milestonerecovery.portal.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the demo run there is no real mail relay: this local SMTP server accepts what the outbox relay sends,
 * so messages are delivered (and readable at /staff/admin/outbox) instead of piling up as undeliverable.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "portal.demo-smtp.enabled", havingValue = "true")
class DemoSmtpServer implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoSmtpServer.class);

    private final int port;
    private GreenMail server;

    DemoSmtpServer(@Value("${spring.mail.port:3025}") int port) {
        this.port = port;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            log.info("Demo SMTP server listening on 127.0.0.1:{}", port);
        } catch (RuntimeException e) {
            server = null;
            log.warn("Demo SMTP server could not start on port {}; mail stays queued in the outbox", port);
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop();
        }
    }
}
