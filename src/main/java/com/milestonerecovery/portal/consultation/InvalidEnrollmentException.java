package com.milestonerecovery.portal.consultation;

import java.util.List;

/** The enrolment form has errors; nothing was created and no mail was queued. Carries no user input. */
public class InvalidEnrollmentException extends FieldErrorsException {

    public InvalidEnrollmentException(List<FieldError> errors) {
        super("invalid enrollment", errors);
    }
}
