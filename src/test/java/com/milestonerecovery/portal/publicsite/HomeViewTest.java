package com.milestonerecovery.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.milestonerecovery.portal.publicsite.ui.HomeView;
import com.milestonerecovery.portal.support.ElementTree;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public home page: every section there, labelled by its heading; only the self-check talks to the server. */
@SpringBootTest
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void everySectionIsLabelledByItsHeadingAndTheReadingIsReadOnlyMarkup() {
        navigate(HomeView.class);
        org.jsoup.nodes.Element page = ElementTree.rendered(getCurrentView().getElement());

        assertThat(page.select("h1").text()).isNotBlank();
        assertThat(page.select("section.home-section[id^=section-]").eachAttr("id")).containsExactly(
                "section-why", "section-components", "section-meds", "section-role", "section-signs",
                "section-steps", "section-holistic", "section-stigma", "section-sustain", "section-faq",
                "section-visit");
        for (org.jsoup.nodes.Element section : page.select("section[aria-labelledby]")) {
            org.jsoup.nodes.Element heading = page.getElementById(section.attr("aria-labelledby"));
            assertThat(heading).as(section.id()).isNotNull();
            assertThat(heading.tagName()).isEqualTo("h2");
            assertThat(heading.text()).isNotBlank();
        }

        // Eight questions as the browser's own disclosure widgets, each with its answer.
        assertThat(page.select(".faq details")).hasSize(8).allSatisfy(item -> {
            assertThat(item.selectFirst("summary").text()).isNotBlank();
            assertThat(item.selectFirst("p").text()).isNotBlank();
        });
        // The calls to action are links the client-side router follows to the consultation form.
        assertThat(page.select("a.cta-button[router-link]").eachAttr("href")).containsExactly("consultation",
                "consultation");
        assertThat(page.select(".address").attr("translate")).isEqualTo("no");
        assertThat(page.select("#section-visit a[href^=tel:]")).hasSize(1);

        // Server-side texts are only the self-check's (its intro and outcome, the boxes' labels, its button).
        assertThat(ElementTree.descendants(getCurrentView().getElement()).stream().filter(Element::isTextNode)
                .map(text -> text.getParent()).allMatch(parent -> isInsideSelfCheck(parent))).isTrue();
    }

    private static boolean isInsideSelfCheck(Element element) {
        for (Element e = element; e != null; e = e.getParent()) {
            if ("section-signs".equals(e.getAttribute("id"))) {
                return true;
            }
        }
        return false;
    }
}
