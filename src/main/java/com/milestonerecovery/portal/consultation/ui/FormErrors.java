package com.milestonerecovery.portal.consultation.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.consultation.FieldError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * The server's validation messages where people look for them: each next to its field, and a summary at the
 * top of the form, announced (role "alert"). Forms register their fields by the names the service uses.
 */
public class FormErrors extends Div {

    private final Map<String, HasValidationProperties> fields = new LinkedHashMap<>();

    public FormErrors(String id) {
        setId(id);
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void register(String field, HasValidationProperties component) {
        fields.put(field, component);
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        setVisible(false);
        removeAll();
    }

    /**
     * Marks each named field with its message and focuses the first. The summary ({@code summaryKey}, given the
     * number of errors) heads the form when a field was marked; otherwise the form-level messages do.
     */
    public void show(List<FieldError> errors, String summaryKey) {
        Component first = null;
        List<String> formLevel = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidationProperties field = fields.get(error.field());
            if (field == null) {
                formLevel.add(getTranslation(error.messageKey()));
                continue;
            }
            field.setErrorMessage(getTranslation(error.messageKey()));
            field.setInvalid(true);
            if (first == null) {
                first = (Component) field;
            }
        }
        showMessage(first != null ? getTranslation(summaryKey, errors.size()) : String.join(" ", formLevel));
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    public void showMessage(String text) {
        removeAll();
        add(new Span(text));
        setVisible(true);
    }
}
