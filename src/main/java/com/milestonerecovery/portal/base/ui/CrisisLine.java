package com.milestonerecovery.portal.base.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The crisis notice on every public and client page: 988, 911 and the SAMHSA helpline, each a tap-to-call
 * link. A landmark region with its own label so screen-reader users can jump to it.
 */
public class CrisisLine extends Div {

    public CrisisLine(ClinicProperties.Emergency numbers) {
        addClassName("crisis-line");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("crisis.label"));
        add(new Span(getTranslation("crisis.intro") + " "),
                call(getTranslation("crisis.988", numbers.crisisLine()), numbers.crisisLine()),
                new Span(" · "),
                call(getTranslation("crisis.911", numbers.emergency()), numbers.emergency()),
                new Span(" · "),
                call(getTranslation("crisis.samhsa", numbers.samhsaHelpline()), numbers.samhsaHelpline()));
    }

    private static Anchor call(String text, String number) {
        Anchor link = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), text);
        link.addClassName("crisis-link");
        return link;
    }
}
