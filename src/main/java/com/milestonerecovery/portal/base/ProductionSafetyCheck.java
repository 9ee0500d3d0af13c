package com.milestonerecovery.portal.base;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the prod profile with demo data, an embedded database, demo mail or default settings
 * that only make sense on a developer's machine.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements InitializingBean {

    /** The demo profile's published key (application-demo.properties): never acceptable in production. */
    static final String DEMO_KEY = "tCatycaFytF9jBeviBHMNS4dAEKzwNk1Lr44zppnyCc=";

    private final Environment env;
    private final ClinicProperties clinic;

    ProductionSafetyCheck(Environment env, ClinicProperties clinic) {
        this.env = env;
        this.clinic = clinic;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        if (env.acceptsProfiles(Profiles.of("demo"))) {
            problems.add("the demo profile is active");
        }
        if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            problems.add("SPRING_DATASOURCE_URL is not set");
        }
        if (!StringUtils.hasText(env.getProperty("spring.mail.host"))) {
            problems.add("SPRING_MAIL_HOST is not set");
        }
        if (!clinic.publicBaseUrl().startsWith("https://")) {
            problems.add("CLINIC_PUBLIC_BASE_URL must be an https:// address");
        }
        if (env.getProperty("portal.mail.from", "").endsWith(".example")) {
            problems.add("PORTAL_MAIL_FROM still has the example default");
        }
        String keys = env.getProperty("portal.encryption.keys", "");
        if (!StringUtils.hasText(keys)) {
            problems.add("PORTAL_ENCRYPTION_KEYS is not set");
        } else if (keys.contains(DEMO_KEY)) {
            problems.add("PORTAL_ENCRYPTION_KEYS contains the demo key");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in prod: " + String.join("; ", problems));
        }
    }
}
