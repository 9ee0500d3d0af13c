package com.milestonerecovery.portal.ops;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Operations settings: how fresh the business gauges are, when the mail relay counts as not ready, who may read
 * the Prometheus metrics, and this server's route name behind a sticky load balancer.
 *
 * @param figuresMaxAge how long one reading of the business figures is reused (scrapes never cost more than one
 *        round of queries per period)
 * @param outboxMaxBacklog pending messages above which the mail relay is reported down (readiness)
 * @param outboxMaxAge age of the oldest pending message above which the mail relay is reported down (readiness)
 * @param metricsAllowedAddresses client addresses or CIDR ranges that may read {@code /actuator/prometheus}
 * @param jvmRoute suffix added to this server's session ids ({@code ABC123.a}) so the load balancer can route each
 *        session to the server that holds it; empty for a single server
 */
@ConfigurationProperties(prefix = "portal.ops")
public record OpsProperties(
        @DefaultValue("15s") Duration figuresMaxAge,
        @DefaultValue("500") int outboxMaxBacklog,
        @DefaultValue("30m") Duration outboxMaxAge,
        @DefaultValue({"127.0.0.1", "::1"}) List<String> metricsAllowedAddresses,
        @DefaultValue("") String jvmRoute) {
}
