package com.milestonerecovery.portal.client;

/** A client record to create at enrolment, for an invited client account. {@code phone} is E.164 or null. */
public record NewClient(long accountId, String preferredName, long primaryClinicianId, String phone,
        ContactPreferences preferences) {
}
