package com.milestonerecovery.portal.consultation;

import com.milestonerecovery.portal.client.ContactPreferences;

/**
 * What staff confirm to enrol a person: the name to use, where the invitation goes, an optional phone, the
 * sign-in name, the primary clinician, and how the clinic may contact them. Nothing here is trusted: the
 * service validates every field.
 */
public record EnrollmentForm(String preferredName, String email, String phone, String username,
        Long primaryClinicianId, ContactPreferences preferences) {
}
