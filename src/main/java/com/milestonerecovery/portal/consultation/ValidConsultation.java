package com.milestonerecovery.portal.consultation;

import java.util.Set;

/** A form that passed validation, normalized: trimmed text, E.164 phone, lower-case email. */
record ValidConsultation(String submissionToken, String preferredName, ContactMethod contactMethod, String phone,
        String email, String bestTimes, boolean mayIdentifyClinic, Set<Concern> concerns, String currentMedications,
        String message, String referralSource, String language) {
}
