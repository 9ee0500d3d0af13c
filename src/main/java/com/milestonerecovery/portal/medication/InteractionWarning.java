package com.milestonerecovery.portal.medication;

/**
 * One rule that a combination of medications triggers: which two, how serious, why, what to do, and the
 * public source. Shown to the clinician before a plan change is saved; never blocks or passes silently.
 */
public record InteractionWarning(String ruleCode, InteractionSeverity severity, String medicationA,
        String medicationB, String reason, String action, String source) {
}
