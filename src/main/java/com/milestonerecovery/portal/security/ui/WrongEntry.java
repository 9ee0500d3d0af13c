package com.milestonerecovery.portal.security.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * A code or password that was not accepted: the field is emptied (nothing secret stays on screen), says why,
 * and has the focus again for the next try.
 */
final class WrongEntry {

    private WrongEntry() {
    }

    static <F extends HasValue<?, ?> & HasValidation & Focusable<?>> void refuse(F field, String message) {
        field.clear();
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
