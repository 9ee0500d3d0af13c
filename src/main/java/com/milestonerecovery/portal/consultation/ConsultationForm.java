package com.milestonerecovery.portal.consultation;

import java.util.Set;

/**
 * What a person typed into the consultation form, exactly as sent. Nothing here is trusted: the service
 * validates every field. {@code submissionToken} is issued with the form so a double-click or a resubmit
 * creates one request; {@code website} is a honeypot that people never see.
 */
public record ConsultationForm(
        String submissionToken,
        String preferredName,
        ContactMethod contactMethod,
        String phone,
        String email,
        String bestTimes,
        boolean mayIdentifyClinic,
        Set<Concern> concerns,
        String currentMedications,
        String message,
        String referralSource,
        boolean consent,
        String website,
        String language) {
}
