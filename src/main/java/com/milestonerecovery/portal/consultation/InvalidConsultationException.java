package com.milestonerecovery.portal.consultation;

import java.util.List;

/** The submission was not stored; each error says which field to fix and how. Carries no user input. */
public class InvalidConsultationException extends FieldErrorsException {

    public InvalidConsultationException(List<FieldError> errors) {
        super("invalid consultation request", errors);
    }
}
