package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;


import com.milestonerecovery.portal.support.ElementTree;
import com.milestonerecovery.portal.clientportal.ui.AppointmentsView;
import com.milestonerecovery.portal.clientportal.ui.PlanView;
import com.milestonerecovery.portal.clientportal.ui.TodayView;
import com.milestonerecovery.portal.staff.ui.ClientDetailView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The fields the bad-input suite added (plan-change reason, item instructions and purpose, appointment place) are
 * shown as text where the client and the care team read them: the markup appears verbatim and creates no element.
 * Demo client22 (clinician2's caseload) holds the payloads.
 */
@SpringBootTest
class BadInputViewsTest extends SpringBrowserlessTest {

    private static final String PAYLOAD = "<script>alert('x')</script><b>bold</b><img src=x onerror=alert(1)> ' OR 1=1 --";

    @Autowired
    JdbcTemplate jdbc;

    private long client;

    @BeforeEach
    void storePayloads() {
        client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client22'", Long.class);
        long plan = jdbc.queryForObject("select id from medication_plan where client_id = ?", Long.class, client);
        jdbc.update("update plan_revision set reason = ? where plan_id = ? order by revision desc limit 1", PAYLOAD,
                plan);
        jdbc.update("update plan_item set instructions = ?, purpose = ? where plan_id = ? and discontinued_on is null"
                + " order by id limit 1", PAYLOAD, PAYLOAD, plan);
        jdbc.update("update appointment set location = ?, telehealth_url = null where client_id = ?"
                + " and status = 'SCHEDULED' and starts_at > now(6) order by starts_at limit 1", PAYLOAD, client);
    }

    @Test
    @WithUserDetails("client22")
    void theClientSeesTheirPlanAndAppointmentTextsAsText() {
        navigate(PlanView.class);
        assertShownAsText(find(Div.class).id("plan-history"), 1);
        assertShownAsText(find(Div.class).id("current-medications"), 2);

        navigate(AppointmentsView.class);
        assertShownAsText(find(Div.class).id("upcoming-appointments"), 1);
    }

    @Test
    @WithUserDetails("client22")
    void todaysCardsShowTheItemTextsAsTextInTheirReadOnlyMarkup() {
        navigate(TodayView.class);
        org.jsoup.nodes.Element page = ElementTree.rendered(getCurrentView().getElement());
        assertThat(page.select(".dose-card").text()).contains(PAYLOAD);
        assertThat(page.select(".dose-card script, .dose-card b, .dose-card img, .dose-card [onerror]")).isEmpty();
    }

    @Test
    @WithUserDetails("clinician2")
    void theClinicianSeesThePlanTextsAsText() {
        navigate("staff/clients/" + client, ClientDetailView.class);
        find(TabSheet.class).id("record-tabs").setSelectedTab(find(Tab.class).id("tab-plan"));
        assertShownAsText(find(Div.class).id("plan-history"), 1);
        assertShownAsText(find(Div.class).id("plan-current"), 2);
    }

    private static void assertShownAsText(Component where, int times) {
        String text = where.getElement().getTextRecursively();
        assertThat(text.split(java.util.regex.Pattern.quote(PAYLOAD), -1)).as(text).hasSizeGreaterThan(times);
        assertThat(ElementTree.descendants(where.getElement()).stream().filter(e -> !e.isTextNode())
                .map(Element::getTag))
                .doesNotContain("script", "b", "img");
    }
}
