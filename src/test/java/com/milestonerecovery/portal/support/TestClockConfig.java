package com.milestonerecovery.portal.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Picked up by component scanning in every test context (so all tests still share one context): the
 * clock tests can pin to a moment, e.g. noon in the clinic's zone.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    /** The clock idle logoff is measured with (SignInSessions), moved only by the idle-logoff tests. */
    @Bean
    MutableClock sessionClock() {
        return new MutableClock();
    }
}
