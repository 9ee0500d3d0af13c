package com.milestonerecovery.portal.medication;

/** How serious an interaction is, most serious first. */
public enum InteractionSeverity {
    CONTRAINDICATED, BOXED_WARNING, MAJOR, MODERATE
}
