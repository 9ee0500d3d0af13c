package com.milestonerecovery.portal.consultation;

/** A completed enrolment: the new client's reference and username, and the request as it now stands. */
public record EnrollmentResult(String clientReference, String username, ConsultationDetail request) {
}
