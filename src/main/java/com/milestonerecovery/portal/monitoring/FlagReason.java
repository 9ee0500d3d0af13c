package com.milestonerecovery.portal.monitoring;

/** Why the care team is alerted (PRODUCT.md): severe side effect, cravings 8+, PHQ-9 item 9 above 0. */
public enum FlagReason {
    SEVERE_SIDE_EFFECT, HIGH_CRAVINGS, SELF_HARM_THOUGHTS
}
