package com.milestonerecovery.portal.clientportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.milestonerecovery.portal.base.ui.ActionButton;
import com.milestonerecovery.portal.base.ui.CrisisLine;
import com.milestonerecovery.portal.clientportal.ui.AccountView;
import com.milestonerecovery.portal.clientportal.ui.AppointmentsView;
import com.milestonerecovery.portal.clientportal.ui.CheckInView;
import com.milestonerecovery.portal.clientportal.ui.ClientLayout;
import com.milestonerecovery.portal.clientportal.ui.HistoryView;
import com.milestonerecovery.portal.clientportal.ui.LearnView;
import com.milestonerecovery.portal.clientportal.ui.PlanView;
import com.milestonerecovery.portal.clientportal.ui.TodayView;
import com.milestonerecovery.portal.monitoring.HistoryDay;
import com.milestonerecovery.portal.support.ActionButtonTester;
import com.milestonerecovery.portal.support.ElementTree;
import com.milestonerecovery.portal.support.MutableClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The demo client's today and plan pages, at noon in Phoenix. */
@SpringBootTest
class ClientPortalViewsTest extends SpringBrowserlessTest {

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
    void todayListsTheDosesAndRecordsOneWithATap() {
        navigate(TodayView.class);
        org.jsoup.nodes.Element view = ElementTree.rendered(getCurrentView().getElement());
        assertThat(view.getElementById("next-appointment").text()).startsWith("Next appointment:");
        assertThat(view.getElementById("care-team-note").text())
                .contains("From your care team (Dr. Dana Whitfield)", "morning doses");
        String adherence = view.getElementById("adherence").text();
        assertThat(adherence).contains("last 7 days", "last 30 days").containsPattern("\\d+%");

        String page = view.text();
        assertThat(page).contains("Buprenorphine/naloxone · 8 mg", "Sertraline · 50 mg", "Ramelteon · 8 mg",
                "Hydroxyzine · 25 mg", "Taken today: 0 of up to 3").doesNotContain("Trazodone");

        new ActionButtonTester(find(ActionButton.class).withAriaLabelContaining("Mark Sertraline").first()).click();
        assertThat(find(Div.class).withClassName("dose-taken").all()).hasSize(1);
        assertThat(ElementTree.text(find(Div.class).withClassName("dose-taken").first().getElement()))
                .contains("Sertraline", "recorded late");

        new ActionButtonTester(find(ActionButton.class).withAriaLabelContaining("Undo the last record for Sertraline")
                .first()).click();
        assertThat(find(Div.class).withClassName("dose-taken").exists()).isFalse();
    }

    @Test
    @WithUserDetails("client")
    void asNeededDosesWarnAtTheDailyMaximum() {
        navigate(TodayView.class);
        for (int i = 0; i < 3; i++) {
            new ActionButtonTester(find(ActionButton.class).withText("I took a dose").first()).click();
        }
        String page = ElementTree.text(getCurrentView().getElement());
        assertThat(page).contains("Taken today: 3 of up to 3", "You have reached today’s maximum");
    }

    @Test
    @WithUserDetails("client")
    void learnPutsTheClientsOwnMedicationsFirstThenGeneralReading() {
        navigate(LearnView.class);
        List<String> titles = find(Details.class).all().stream().map(Details::getSummaryText).toList();
        assertThat(titles).startsWith("Buprenorphine/naloxone")
                .contains("Sertraline", "Ramelteon", "Hydroxyzine", "Common questions")
                .doesNotContain("Trazodone", "Methadone");
        Details bup = find(Details.class).id("learn-buprenorphine-naloxone");
        assertThat(bup.getElement().toString()).contains("How to take it", "naloxone");
    }

    @Test
    @WithUserDetails("client")
    void aCheckInWithHighCravingsShowsCrisisInformationAtOnce() {
        navigate(CheckInView.class);
        assertThat(find(Div.class).withId("questionnaire-phq9").exists()).isTrue();
        test(find(IntegerField.class).id("cravings")).setValue(9);
        test(find(IntegerField.class).id("mood")).setValue(4);
        test(find(Button.class).id("submit-check-in")).click();

        Div crisis = find(Div.class).id("check-in-crisis");
        assertThat(crisis.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(ElementTree.text(crisis.getElement())).contains("988", "911", "1-800-662-4357",
                "We have let your care team know");
    }

    @Test
    @WithUserDetails("client02")
    void aHalfAnsweredQuestionnaireIsExplainedNotStored() {
        navigate(CheckInView.class);
        test(find(IntegerField.class).id("cravings")).setValue(1);
        test(find(IntegerField.class).id("mood")).setValue(6);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = find(RadioButtonGroup.class).id("gad7-1");
        test(first).selectItem("Several days");
        test(find(Button.class).id("submit-check-in")).click();
        assertThat(find(Div.class).id("check-in-error").getText())
                .isEqualTo("Answer every question of a questionnaire, or leave that questionnaire blank.");
        assertThat(find(Div.class).withId("check-in-crisis").exists()).isFalse();
    }

    @Test
    @WithUserDetails("client")
    void historyShowsThirtyDaysOfDosesAndCheckIns() {
        navigate(HistoryView.class);
        @SuppressWarnings("unchecked")
        Grid<HistoryDay> grid = find(Grid.class).id("history-grid");
        assertThat(test(grid).size()).isBetween(25, 30);
        HistoryDay yesterday = test(grid).getRow(0);
        assertThat(yesterday.date()).isEqualTo(LocalDate.now(PHOENIX).minusDays(1));
        assertThat(yesterday.doses()).extracting(HistoryDay.DoseEntry::medicationName)
                .contains("Buprenorphine/naloxone");
    }

    @Test
    @WithUserDetails("client")
    void appointmentsShowTheClinicZoneUpcomingWithCalendarLinksAndPastOutcomes() {
        navigate(AppointmentsView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Times are shown in", "Coming up", "Add to my calendar", "Past appointments",
                "Completed", "With Dr. Dana Whitfield");
        assertThat(find(Div.class).id("upcoming-appointments").getChildren().count()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("client23")
    void contactPreferencesAreSavedForTheSignedInClient() {
        navigate(AccountView.class);
        assertThat(find(Checkbox.class).id("pref-email-name").getValue()).isFalse();
        test(find(Checkbox.class).id("pref-email-name")).click();
        test(find(Checkbox.class).id("pref-reminders")).click();
        test(find(Button.class).id("save-preferences")).click();

        navigate(TodayView.class);
        navigate(AccountView.class);
        assertThat(find(Checkbox.class).id("pref-email-name").getValue()).isTrue();
        assertThat(find(Checkbox.class).id("pref-reminders").getValue()).isFalse();
        assertThat(find(Checkbox.class).id("pref-voicemail-name").getValue()).isFalse();
    }

    @Test
    @WithUserDetails("client")
    void planShowsCurrentPastAndEveryChange() {
        navigate(PlanView.class);
        assertThat(find(H3.class).all()).extracting(H3::getText)
                .contains("Buprenorphine/naloxone · 8 mg", "Sertraline · 50 mg", "Trazodone · 50 mg");
        assertThat(find(Div.class).id("discontinued-medications").getElement().getTextRecursively())
                .contains("Trazodone", "Morning grogginess; switched to ramelteon");
        String history = find(Div.class).id("plan-history").getElement().getTextRecursively();
        assertThat(history).contains("Version 4", "Sertraline 25 mg -> 50 mg", "Why: Partial response after 8 weeks",
                "Version 1");
        assertThat(history.indexOf("Version 4")).isLessThan(history.indexOf("Version 1"));
    }

    /**
     * Every element and text of a page is a state node kept in the session while the tab is open (issue 8, memory
     * per session), so the portal's frame and today's read-only parts are Markup (one element each, no server-side
     * children) and decoration is drawn by CSS.
     */
    @Test
    @WithUserDetails("client")
    void readOnlyPartsAreOneElementEachAndDecorationIsCss() {
        navigate(TodayView.class);
        org.jsoup.nodes.Element page = ElementTree.rendered(find(ClientLayout.class).single().getElement());
        // Navigation: seven plain links the client-side router follows, today's marked as the current page; the
        // icons are drawn by styles.css from each link's address.
        assertThat(page.select("nav.portal-nav a").eachAttr("href")).containsExactly("portal", "portal/check-in",
                "portal/plan", "portal/history", "portal/appointments", "portal/learn", "portal/account");
        assertThat(page.select("nav.portal-nav a[router-link]")).hasSize(7);
        assertThat(page.select("nav.portal-nav a[aria-current=page]").eachAttr("href")).containsExactly("portal");
        assertThat(page.select("nav.portal-nav [class*=icon], nav.portal-nav vaadin-icon")).isEmpty();
        // After moving on, the mark moves with it.
        navigate(PlanView.class);
        page = ElementTree.rendered(find(ClientLayout.class).single().getElement());
        assertThat(page.select("nav.portal-nav a[aria-current=page]").eachAttr("href"))
                .containsExactly("portal/plan");
        navigate(TodayView.class);

        // Crisis line: one element, a labelled region with its introduction and three tap-to-call links; the
        // separators are CSS.
        Element crisis = find(CrisisLine.class).single().getElement();
        assertThat(crisis.getChildCount()).isZero();
        org.jsoup.nodes.Element region = ElementTree.rendered(crisis);
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.children().eachAttr("href")).containsExactly("tel:988", "tel:911", "tel:18006624357");
        assertThat(region.text()).contains("988", "911", "1-800-662-4357");

        // Today's page: components only where something talks to the server (the cards and their buttons).
        // The only texts kept as server-side nodes are the buttons' labels.
        assertThat(ElementTree.descendants(getCurrentView().getElement()).stream().filter(Element::isTextNode)
                .map(text -> text.getParent().getTag()).distinct()).containsOnly("vaadin-button");
    }
}
