package com.milestonerecovery.portal.medication;

import java.math.BigDecimal;

/** A plan item as the client (and later staff) sees it. */
public record PlanItemSummary(Long id, String slug, String medicationName, String genericName, DrugClass drugClass,
        BigDecimal doseAmount, String doseUnit, String route, DoseSchedule schedule, String purpose,
        String instructions, String prescriber, String monitoringNotes, String discontinuedReason) {

    /** "8 mg", "0.5 mg", "1 injection": the amount without trailing zeros. */
    public String doseLabel() {
        return doseAmount.stripTrailingZeros().toPlainString() + " " + doseUnit;
    }
}
