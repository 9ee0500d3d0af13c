package com.milestonerecovery.portal.medication;

/** A side effect the client can report, from the medications in their plan. */
public record SideEffectOption(long id, String medicationName, String label, boolean serious) {
}
