package com.milestonerecovery.portal.consultation;

/** One problem with one field: the field's name and the bundle key of a message that says what to fix. */
public record FieldError(String field, String messageKey) {
}
