package com.milestonerecovery.portal.medication;

/** Therapeutic classes of the catalog; also the basis of the same-class duplication rule. */
public enum DrugClass {
    OPIOID_USE_DISORDER, ALCOHOL_USE_DISORDER, OVERDOSE_REVERSAL, ANTIDEPRESSANT, ANTI_ANXIETY, SLEEP_AID, ADJUNCTIVE
}
