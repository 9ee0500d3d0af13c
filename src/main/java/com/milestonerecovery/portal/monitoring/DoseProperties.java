package com.milestonerecovery.portal.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timing rules for recording doses: how early a dose may be recorded, after how long it counts as late,
 * how long late entries stay allowed, and how long an entry can be undone.
 */
@ConfigurationProperties(prefix = "portal.doses")
public record DoseProperties(
        @DefaultValue("2h") Duration earlyAllowance,
        @DefaultValue("2h") Duration lateAfter,
        @DefaultValue("48h") Duration lateLimit,
        @DefaultValue("15m") Duration undoWindow) {
}
