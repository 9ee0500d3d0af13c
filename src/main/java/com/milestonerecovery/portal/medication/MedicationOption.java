package com.milestonerecovery.portal.medication;

/** A medication from the clinic's catalog, for the plan editor's picker, with its usual unit and route. */
public record MedicationOption(String slug, String name, String genericName, DrugClass drugClass, String strengths,
        String defaultUnit, String defaultRoute, boolean controlled) {
}
