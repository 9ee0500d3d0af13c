package com.milestonerecovery.portal.base.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/**
 * The crisis notice on every public and client page: 988, 911 and the SAMHSA helpline, each a tap-to-call
 * link. A landmark region with its own label so screen-reader users can jump to it.
 *
 * <p>Kept to as few server-side nodes as it takes (it is in every client session): the introduction is a text node
 * of the region itself, and the separators between the links are drawn by CSS ({@code .crisis-link + .crisis-link},
 * hidden from screen readers), not spans of their own.
 */
public class CrisisLine extends Div {

    public CrisisLine(ClinicProperties.Emergency numbers) {
        addClassName("crisis-line");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("crisis.label"));
        setText(getTranslation("crisis.intro") + " ");
        add(call(getTranslation("crisis.988", numbers.crisisLine()), numbers.crisisLine()),
                call(getTranslation("crisis.911", numbers.emergency()), numbers.emergency()),
                call(getTranslation("crisis.samhsa", numbers.samhsaHelpline()), numbers.samhsaHelpline()));
    }

    private static Anchor call(String text, String number) {
        Anchor link = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), text);
        link.addClassName("crisis-link");
        return link;
    }
}
