package com.milestonerecovery.portal.consultation;

/** The triage workflow: NEW -> CONTACTED -> SCHEDULED -> ENROLLED, or DECLINED / CLOSED. */
public enum ConsultationStatus {
    NEW, CONTACTED, SCHEDULED, ENROLLED, DECLINED, CLOSED
}
