package com.milestonerecovery.portal.consultation;

import java.util.List;

/** The enrolment form has errors; nothing was created and no mail was queued. Carries no user input. */
public class InvalidEnrollmentException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidEnrollmentException(List<FieldError> errors) {
        super("invalid enrollment: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
