package com.milestonerecovery.portal.base.ui;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.vaadin.flow.i18n.I18NProvider;

import org.jsoup.nodes.Element;

/**
 * The crisis notice on every public and client page: 988, 911 and the SAMHSA helpline, each a tap-to-call
 * link. A landmark region with its own label so screen-reader users can jump to it.
 *
 * <p>One server-side element ({@link Markup}): it is in every public and client session and nothing in it talks to
 * the server. The separators between the links are drawn by CSS ({@code .crisis-link + .crisis-link}, hidden from
 * screen readers).
 */
public class CrisisLine extends Markup {

    public CrisisLine(ClinicProperties.Emergency numbers) {
        super(build(numbers));
    }

    private static Element build(ClinicProperties.Emergency numbers) {
        Element region = root("div").addClass("crisis-line").attr("role", "region")
                .attr("aria-label", I18NProvider.translate("crisis.label"));
        region.appendText(I18NProvider.translate("crisis.intro") + " ");
        call(region, I18NProvider.translate("crisis.988", numbers.crisisLine()), numbers.crisisLine());
        call(region, I18NProvider.translate("crisis.911", numbers.emergency()), numbers.emergency());
        call(region, I18NProvider.translate("crisis.samhsa", numbers.samhsaHelpline()), numbers.samhsaHelpline());
        return region;
    }

    private static void call(Element region, String text, String number) {
        region.appendElement("a").addClass("crisis-link").attr("href", "tel:" + number.replaceAll("[^0-9+]", ""))
                .text(text);
    }
}
