package com.milestonerecovery.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Any failure while opening a view: a friendly page with a reference id, never a stack trace. The id and the
 * stack trace go to the log together, so support can find it. More specific error views (not found, the
 * denial that Vaadin reports as not found) still take precedence.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = ErrorReferences.log("Opening a view failed", parameter.getCaughtException());
        removeAll();
        setId("error-view");
        addClassName("error-view");
        Span ref = new Span(reference);
        ref.setId("error-reference");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.body")), new Paragraph(ref),
                new Anchor("/", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
