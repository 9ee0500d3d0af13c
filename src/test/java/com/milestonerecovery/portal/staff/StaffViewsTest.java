package com.milestonerecovery.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.milestonerecovery.portal.staff.ui.ClientDetailView;
import com.milestonerecovery.portal.staff.ui.ClientsView;
import com.milestonerecovery.portal.staff.ui.StaffDashboardView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.communication.PushMode;
import com.milestonerecovery.portal.medication.MedicationOption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The staff views, server-side: the dashboard per role, the clients grid, a client's record per access level,
 * break-glass, and a plan change that meets an interaction. Demo client01 is clinician's and on methadone.
 */
@SpringBootTest
class StaffViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private long clientId(String username) {
        return jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = ?", Long.class, username);
    }

    private void openRecord(String username) {
        navigate("staff/clients/" + clientId(username), ClientDetailView.class);
    }

    private void openTab(String key) {
        find(TabSheet.class).id("record-tabs").setSelectedTab(find(Tab.class).id("tab-" + key));
    }

    @Test
    @WithUserDetails("clinician")
    void onlyTheDashboardKeepsServerPushOn() {
        navigate(StaffDashboardView.class);
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);
        navigate(ClientsView.class);
        assertThat(UI.getCurrent().getPushConfiguration().getPushMode()).isEqualTo(PushMode.DISABLED);
    }

    @Test
    @WithUserDetails("clinician")
    void theClinicianDashboardShowsEveryPanelWithTheDemoClientsFlag() {
        navigate(StaffDashboardView.class);
        for (String panel : new String[] {"flags", "adherence", "appointments", "followups", "requests"}) {
            assertThat(find(Div.class).withId("panel-" + panel).exists()).as(panel).isTrue();
        }
        assertThat(find(Div.class).id("panel-flags").getElement().getTextRecursively()).contains("Jamie",
                "Cravings 8 or more");
    }

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorDashboardLeavesOutTheClinicalPanels() {
        navigate(StaffDashboardView.class);
        assertThat(find(Div.class).withId("panel-flags").exists()).isFalse();
        assertThat(find(Div.class).withId("panel-adherence").exists()).isFalse();
        assertThat(find(Div.class).withId("panel-requests").exists()).isTrue();
        assertThat(find(Div.class).withId("panel-appointments").exists()).isTrue();
    }

    @Test
    @WithUserDetails("clinician")
    void theClientsGridStartsOnTheCaseload() {
        navigate(ClientsView.class);
        long mine = jdbc.queryForObject("""
                select count(*) from client c join user_account a on a.id = c.primary_clinician_id
                where a.username = 'clinician'""", Long.class);
        assertThat(find(Span.class).id("clients-total").getText()).isEqualTo(mine + " clients");
        test(find(Checkbox.class).id("low-adherence-only")).click();
        long low = jdbc.queryForObject("""
                select count(*) from client c join user_account a on a.id = c.primary_clinician_id
                where a.username = 'clinician' and c.adherence_7d < 80""", Long.class);
        assertThat(find(Span.class).id("clients-total").getText()).isEqualTo(low + " clients");
    }

    @Test
    @WithUserDetails("coordinator")
    void aCoordinatorSeesOnlyContactAppointmentsAndConsents() {
        openRecord("client01");
        assertThat(find(Tab.class).all()).extracting(Tab::getId).extracting(o -> o.orElse(""))
                .containsExactly("tab-contact", "tab-appointments", "tab-consent");
        assertThat(find(Div.class).id("contact-preferences").getElement().getTextRecursively())
                .contains("Voicemail must NOT mention the clinic.");
    }

    @Test
    @WithUserDetails("clinician2")
    void aClinicianOutsideTheCaseloadBreaksTheGlassFirst() {
        openRecord("client03");
        assertThat(find(Div.class).withId("break-glass").exists()).isTrue();
        assertThat(find(Tab.class).exists()).isFalse();
        test(find(TextArea.class).id("break-glass-reason")).setValue("short");
        test(find(Button.class).id("break-glass-open")).click();
        assertThat(find(TextArea.class).id("break-glass-reason").isInvalid()).isTrue();
        test(find(TextArea.class).id("break-glass-reason")).setValue("Covering Dr. Whitfield's clinic this afternoon");
        test(find(Button.class).id("break-glass-open")).click();
        assertThat(find(Paragraph.class).id("break-glass-active").getText()).startsWith("Break-glass access");
        assertThat(find(Tab.class).id("tab-plan")).isNotNull();
    }

    @Test
    @WithUserDetails("clinician")
    @SuppressWarnings("unchecked")
    void addingABenzodiazepineShowsTheBoxedWarningAndSavesOnlyWithAReason() {
        openRecord("client01");
        assertThat(find(H1.class).id("client-name").getText()).isNotBlank();
        openTab("plan");
        String version = find(Paragraph.class).id("plan-version").getText();
        test(find(Button.class).id("plan-add")).click();

        ComboBox<MedicationOption> medication = find(ComboBox.class).id("plan-medication");
        medication.setValue(medication.getListDataView().getItems().filter(m -> m.slug().equals("lorazepam"))
                .findFirst().orElseThrow());
        test(find(BigDecimalField.class).id("plan-dose")).setValue(new BigDecimal("0.5"));
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("plan-unit")).setValue("mg");
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("plan-route")).setValue("oral");
        test(find(Checkbox.class).id("plan-as-needed")).click();
        test(find(IntegerField.class).id("plan-max-daily")).setValue(2);
        test(find(TextArea.class).id("plan-reason")).setValue("Panic attacks at night");
        test(find(Button.class).id("plan-save")).click();

        Div warnings = find(Div.class).id("plan-warnings");
        assertThat(warnings.isVisible()).isTrue();
        assertThat(warnings.getElement().getTextRecursively()).contains("Boxed warning", "methadone + lorazepam",
                "naloxone");
        assertThat(find(Paragraph.class).id("plan-version").getText()).isEqualTo(version); // nothing saved yet

        test(find(TextArea.class).id("plan-override")).setValue("Two weeks only; naloxone kit at home; reviewed.");
        test(find(Button.class).id("plan-save")).click();
        assertThat(find(Paragraph.class).id("plan-version").getText()).isNotEqualTo(version);
        assertThat(find(Div.class).id("plan-history").getElement().getTextRecursively())
                .contains("Added: Lorazepam 0.5 mg, as needed, up to 2 a day", "Interaction acknowledged (OPIOID_BENZO)");
    }

    @Test
    @WithUserDetails("clinician")
    void theRecordsTabsLoadTheirSections() {
        openRecord("client01");
        // The overview opens first: figures and four trend charts, each with a sentence saying what it shows.
        assertThat(find(Svg.class).all()).hasSize(4);
        assertThat(find(Div.class).id("trend-adherence").getElement().getTextRecursively())
                .contains("Doses taken each day", "of scheduled doses were taken each day");
        assertThat(find(Div.class).id("trend-phq9").getElement().getTextRecursively()).contains("Latest score");
        for (String tab : new String[] {"flags", "doses", "checkins", "sideeffects", "appointments", "contact",
                "notes"}) {
            openTab(tab);
        }
        assertThat(find(Div.class).withId("section-notes").exists()).isTrue();
        test(find(TextArea.class).id("note-body")).setValue("Called about the new schedule; all clear.");
        test(find(Button.class).id("note-save")).click();
        assertThat(find(Div.class).id("note-list").getElement().getTextRecursively())
                .contains("Called about the new schedule; all clear.", "care team only");
    }
}
