package com.milestonerecovery.portal.clientportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.clientportal.ui.TodayView;
import com.milestonerecovery.portal.support.MutableClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * What a client's {@code /portal} keeps on the server (issue 8, memory per session): every element and text of the
 * page is a state node held in the session while the tab is open (about 0.8 KiB each with its maps and listeners),
 * so decoration is drawn by CSS rather than kept as elements. (A node budget for the whole page was tried and
 * dropped: the count depends on what other tests have added to the demo client's day, 112 to 116 nodes after the
 * trim, 135 before it; the memory benchmark measures the bytes.)
 */
@SpringBootTest
class ClientPortalFootprintTest extends SpringBrowserlessTest {

    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @Autowired
    MutableClock clock;

    @BeforeEach
    void noon() {
        clock.setInstant(LocalDate.now(PHOENIX).atTime(12, 0).atZone(PHOENIX).toInstant());
    }

    @AfterEach
    void release() {
        clock.reset();
    }

    @Test
    @WithUserDetails("client")
    void decorationIsDrawnByCssNotKeptAsElements() {
        navigate(TodayView.class);
        // Navigation items: their label only; the icon is drawn by styles.css from the item's path.
        assertThat(find(SideNavItem.class).all()).hasSize(7).allSatisfy(item -> assertThat(
                item.getElement().getChildren().filter(child -> !child.isTextNode()).count()).isZero());
        // Crisis line: its introduction as text, then the three tap-to-call links; the separators are CSS.
        Element crisis = find(CrisisLine.class).single().getElement();
        assertThat(crisis.getChildren().map(child -> child.isTextNode() ? "#text" : child.getTag()).toList())
                .containsExactly("#text", "a", "a", "a");
        assertThat(crisis.getTextRecursively()).contains("988", "911", "1-800-662-4357");
        assertThat(crisis.getAttribute("role")).isEqualTo("region");
    }
}
