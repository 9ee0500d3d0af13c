package com.milestonerecovery.portal.consultation;

import java.util.List;

import com.milestonerecovery.portal.security.StaffMember;

/**
 * The enrolment form as it opens: prefilled from the request (name, email, phone, contact preferences), with a
 * free username suggested, and the enabled clinicians to choose the primary one from. {@code version} goes back
 * with {@link ConsultationEnrollmentService#enroll}.
 */
public record EnrollmentDraft(long requestId, long version, boolean mayIdentifyClinic, EnrollmentForm form,
        List<StaffMember> clinicians) {
}
