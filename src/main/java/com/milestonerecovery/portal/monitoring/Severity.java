package com.milestonerecovery.portal.monitoring;

/** How bad a reported side effect is, in the client's judgment. SEVERE raises an urgent flag. */
public enum Severity {
    MILD, MODERATE, SEVERE
}
