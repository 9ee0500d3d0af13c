package com.milestonerecovery.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Read-only markup keeps people's text as text, whatever they typed, and lets nothing active through. */
class MarkupTest {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><b>bold</b> & ©";

    @Test
    void typedTextStaysTextInsideAndInAttributes() {
        Element root = Markup.root("div").id("card").addClass("dose-text").attr("aria-label", HOSTILE);
        root.appendElement("span").addClass("dose-title").text(HOSTILE);
        Markup markup = new Markup(root);

        // The root is the Vaadin element itself: its id, class and label are attributes the server knows.
        assertThat(markup.getElement().getAttribute("id")).isEqualTo("card");
        assertThat(markup.getElement().getAttribute("aria-label")).isEqualTo(HOSTILE);
        Document inside = Jsoup.parseBodyFragment(markup.getInnerHtml());
        assertThat(inside.select("script, img, b, [onerror]")).isEmpty();
        assertThat(inside.selectFirst("span.dose-title").text()).isEqualTo(HOSTILE);
    }

    @Test
    void onlyTheAllowedTagsAndAttributesReachTheBrowser() {
        Element root = Markup.root("div");
        root.appendElement("script").text("alert(1)");
        root.appendElement("iframe").attr("src", "https://example.org");
        root.appendElement("p").attr("onclick", "alert(1)").attr("style", "position:fixed").attr("role", "alert")
                .text("kept");
        Document inside = Jsoup.parseBodyFragment(new Markup(root).getInnerHtml());

        assertThat(inside.select("script, iframe, [onclick], [style]")).isEmpty();
        assertThat(inside.selectFirst("p[role=alert]").text()).isEqualTo("kept");
    }

    @Test
    void linksLeadToThisApplicationOrAreHttpsTelOrMail() {
        Element root = Markup.root("nav");
        root.appendElement("a").attr("href", "portal/plan").attr("router-link", "").text("My plan");
        root.appendElement("a").attr("href", "tel:988").text("988");
        Document inside = Jsoup.parseBodyFragment(new Markup(root).getInnerHtml());
        assertThat(inside.select("a").eachAttr("href")).containsExactly("portal/plan", "tel:988");
        assertThat(inside.select("a[router-link]")).hasSize(1);

        for (String href : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "vbscript:x"}) {
            Element bad = Markup.root("nav");
            bad.appendElement("a").attr("href", href).text("x");
            assertThatThrownBy(() -> new Markup(bad)).as(href).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void showReplacesTheContent() {
        Markup markup = Markup.text("p", "note", "first");
        Element next = Markup.root("p").addClass("note").text("second <i>");
        markup.show(next);
        assertThat(Jsoup.parseBodyFragment(markup.getInnerHtml()).text()).isEqualTo("second <i>");
    }
}
