package com.milestonerecovery.portal.consultation;

import java.util.List;

/** Input was refused and nothing changed; each error names a field and a message key. Carries no user input. */
public abstract class FieldErrorsException extends RuntimeException {

    private final transient List<FieldError> errors;

    protected FieldErrorsException(String what, List<FieldError> errors) {
        super(what + ": " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
