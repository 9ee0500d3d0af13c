package com.milestonerecovery.portal.consultation;

import java.util.List;

/** The submission was not stored; each error says which field to fix and how. Carries no user input. */
public class InvalidConsultationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidConsultationException(List<FieldError> errors) {
        super("invalid consultation request: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
