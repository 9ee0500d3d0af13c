package com.milestonerecovery.portal.scheduling;

import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.at;
import static com.milestonerecovery.portal.scheduling.SchedulingFixtures.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.milestonerecovery.portal.client.ClientRow;
import com.milestonerecovery.portal.clientportal.ui.AppointmentsView;
import com.milestonerecovery.portal.security.StaffMember;
import com.milestonerecovery.portal.staff.ui.schedule.HoursView;
import com.milestonerecovery.portal.staff.ui.schedule.RequestsView;
import com.milestonerecovery.portal.staff.ui.schedule.ScheduleView;
import com.milestonerecovery.portal.support.MutableClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The schedule views server-side: day and week, per clinician and whole clinic, booking from a free time, moving,
 * what a clinician sees of a colleague's appointments, the request queue, the client's request and cancel with the
 * cut-off, and who may open the pages.
 */
@SpringBootTest
class ScheduleViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @SuppressWarnings("unchecked")
    private void show(LocalDate day, String range, String clinicianUsername) {
        test(find(DatePicker.class).id("schedule-date")).setValue(day);
        ((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("schedule-range")).setValue(range);
        Select<StaffMember> clinician = find(Select.class).id("schedule-clinician");
        clinician.setValue(clinicianUsername == null ? null : clinician.getListDataView().getItems()
                .filter(m -> m.id() == SchedulingFixtures.accountId(jdbc, clinicianUsername)).findFirst().orElseThrow());
    }

    @Test
    @WithUserDetails("coordinator")
    @SuppressWarnings("unchecked")
    void aCoordinatorBooksFromAFreeTimeAndMovesTheAppointment() {
        long clinician = SchedulingFixtures.accountId(jdbc, "clinician");
        long clientId = SchedulingFixtures.newClient(jdbc, "view", clinician);
        LocalDate day = monday(20);
        navigate(ScheduleView.class);
        show(day, "day", "clinician");
        Instant nine = at(day, "09:00");
        test(find(Button.class).id("free-" + nine.getEpochSecond())).click();

        ComboBox<ClientRow> client = find(ComboBox.class).id("book-client");
        client.setValue(new ClientRow(clientId, "S-x", "Synthetic view", clinician, null, null, null, null));
        assertThat(((Select<Instant>) find(Select.class).id("book-time")).getValue()).isEqualTo(nine);
        test(find(Button.class).id("book-save")).click();
        Long id = jdbc.queryForObject("select id from appointment where client_id = ? and starts_at = ?", Long.class,
                clientId, java.sql.Timestamp.from(nine));
        assertThat(find(Div.class).id("appt-" + id).getElement().getTextRecursively()).contains("Synthetic view");
        assertThat(find(Button.class).withId("free-" + nine.getEpochSecond()).exists()).isFalse();

        test(find(Button.class).id("move-" + id)).click();
        Select<Instant> time = find(Select.class).id("move-time");
        time.setValue(at(day, "14:00"));
        test(find(TextArea.class).id("move-reason")).setValue("Client asked for the afternoon");
        test(find(Button.class).id("move-save")).click();
        assertThat(jdbc.queryForObject("select starts_at from appointment where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).isEqualTo(at(day, "14:00"));

        // week view, whole clinic: one column per day, the appointment on Monday
        show(day, "week", null);
        assertThat(find(Div.class).id("col-day-" + day).getElement().getTextRecursively()).contains("Synthetic view");
        assertThat(find(Div.class).withId("col-day-" + day.plusDays(6)).exists()).isTrue();
        // day view, whole clinic: one column per clinician
        show(day, "day", null);
        assertThat(find(Div.class).id("col-clinician-" + clinician).getElement().getTextRecursively()).contains("Synthetic view");
        assertThat(find(Div.class).withId("col-clinician-" + SchedulingFixtures.accountId(jdbc, "clinician2"))
                .exists()).isTrue();
    }

    /** Type "group session": a free time starts a session; the next booking joins it from the session list. */
    @Test
    @WithUserDetails("coordinator")
    @SuppressWarnings("unchecked")
    void aCoordinatorStartsAGroupSessionAndBooksASecondClientIntoIt() {
        long clinician = SchedulingFixtures.accountId(jdbc, "clinician");
        long first = SchedulingFixtures.newClient(jdbc, "group-view-a", clinician);
        long second = SchedulingFixtures.newClient(jdbc, "group-view-b", clinician);
        LocalDate day = monday(46).plusDays(2);
        Instant ten = at(day, "10:00");
        navigate(ScheduleView.class);
        show(day, "day", "clinician");
        test(find(Button.class).id("free-" + ten.getEpochSecond())).click();
        ((ComboBox<ClientRow>) find(ComboBox.class).id("book-client"))
                .setValue(new ClientRow(first, "S-a", "Synthetic group-view-a", clinician, null, null, null, null));
        Select<com.milestonerecovery.portal.scheduling.AppointmentType> type = find(Select.class).id("book-type");
        type.setValue(AppointmentType.GROUP);
        Select<GroupSession> session = find(Select.class).id("book-session");
        assertThat(session.isVisible()).isTrue();
        assertThat(session.getListDataView().getItems()).isEmpty();
        assertThat(session.getHelperText()).contains("start one");
        test(find(Button.class).id("book-save")).click();

        test(find(Button.class).id("schedule-book")).click();
        ((ComboBox<ClientRow>) find(ComboBox.class).id("book-client"))
                .setValue(new ClientRow(second, "S-b", "Synthetic group-view-b", clinician, null, null, null, null));
        ((Select<StaffMember>) find(Select.class).id("book-clinician")).setValue(
                ((Select<StaffMember>) find(Select.class).id("book-clinician")).getListDataView().getItems()
                        .filter(m -> m.id() == clinician).findFirst().orElseThrow());
        test(find(DatePicker.class).id("book-date")).setValue(day);
        type = find(Select.class).id("book-type");
        type.setValue(AppointmentType.GROUP);
        session = find(Select.class).id("book-session");
        assertThat(session.getListDataView().getItems()).singleElement()
                .satisfies(g -> assertThat(g.members()).isEqualTo(1));
        session.setValue(session.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(find(Select.class).withId("book-time").exists()).as("the session has its own time").isFalse();
        test(find(Button.class).id("book-save")).click();

        assertThat(jdbc.queryForList("select client_id from appointment where clinician_id = ? and starts_at = ?"
                + " and type = 'GROUP' and status = 'SCHEDULED' order by id", Long.class, clinician,
                java.sql.Timestamp.from(ten))).containsExactly(first, second);
        assertThat(find(Div.class).id("col-clinician-" + clinician).getElement().getTextRecursively())
                .contains("Synthetic group-view-a", "Synthetic group-view-b");
    }

    @Test
    @WithUserDetails("clinician2")
    void aClinicianSeesAColleaguesOtherClientsOnlyAsBusy() {
        long clinician = SchedulingFixtures.accountId(jdbc, "clinician");
        long clientId = SchedulingFixtures.newClient(jdbc, "busy", clinician);
        LocalDate day = monday(21);
        long id = SchedulingFixtures.insertAppointment(jdbc, clientId, clinician, at(day, "10:00"), Instant.now());
        navigate(ScheduleView.class);
        show(day, "day", "clinician");
        Div card = find(Div.class).id("appt-" + id);
        assertThat(card.getElement().getTextRecursively()).contains("Busy").doesNotContain("Synthetic");
        assertThat(find(Button.class).withId("move-" + id).exists()).isFalse();
    }

    @Test
    @WithUserDetails("coordinator")
    void theRequestQueueListsOpenRequestsAndClosesThem() {
        long clinician = SchedulingFixtures.accountId(jdbc, "clinician");
        long clientId = SchedulingFixtures.newClient(jdbc, "queue", clinician);
        long id = SchedulingFixtures.insertAppointment(jdbc, clientId, clinician, at(monday(22), "10:00"),
                Instant.now());
        jdbc.update("insert into appointment_request (appointment_id, client_id, kind, client_note, status, created_at)"
                + " values (?, ?, 'CHANGE', 'Mornings please', 'OPEN', now(6))", id, clientId);
        long requestId = jdbc.queryForObject("select id from appointment_request where appointment_id = ?", Long.class,
                id);
        navigate(RequestsView.class);
        @SuppressWarnings("unchecked")
        Grid<ScheduleRequest> grid = find(Grid.class).id("requests-grid");
        var rows = test(grid);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.getRow(i).id() == requestId) {
                row = i;
            }
        }
        assertThat(row).as("the request is listed").isNotNegative();
        assertThat(rows.getRow(row).clientNote()).isEqualTo("Mornings please");
        Div actions = (Div) rows.getCellComponent(row, 5);
        actions.getChildren().map(Button.class::cast).filter(b -> b.getId().orElse("").equals("request-close-" + requestId))
                .findFirst().orElseThrow().click();
        test(find(TextArea.class).id("request-close-reason")).setValue("Called; the client kept the time");
        test(find(Button.class).id("request-close-confirm")).click();
        assertThat(jdbc.queryForObject("select status from appointment_request where id = ?", String.class, requestId))
                .isEqualTo("DONE");
    }

    @Test
    @WithUserDetails("client19")
    void aClientAsksForAnotherTimeOrCancelsUntilTheCutOffThenIsToldToCall() {
        long clientId = SchedulingFixtures.clientId(jdbc, "client19");
        var upcoming = jdbc.queryForList("select id from appointment where client_id = ? and status = 'SCHEDULED'"
                + " and starts_at > now(6) order by starts_at", Long.class, clientId);
        long first = upcoming.get(0);
        long second = upcoming.get(1);
        navigate(AppointmentsView.class);
        test(find(Button.class).id("request-change-" + first)).click();
        test(find(TextArea.class).id("request-note")).setValue("Any weekday after 3 pm");
        test(find(Button.class).id("request-send")).click();
        assertThat(find(Paragraph.class).id("request-pending-" + first).getText()).contains("different time");

        test(find(Button.class).id("request-cancel-" + second)).click();
        test(find(Button.class).id("cancel-yes")).click();
        assertThat(jdbc.queryForObject("select status from appointment where id = ?", String.class, second))
                .isEqualTo("CANCELLED");
        assertThat(find(Button.class).withId("request-cancel-" + second).exists()).isFalse();

        Instant start = jdbc.queryForObject("select starts_at from appointment where id = ?", java.sql.Timestamp.class,
                first).toInstant();
        jdbc.update("update appointment_request set status = 'DONE' where appointment_id = ?", first);
        clock.setInstant(start.minus(Duration.ofHours(23)));
        navigate(AppointmentsView.class);
        assertThat(find(Paragraph.class).id("request-call-" + first).getText()).contains("call the clinic")
                .contains("(602) 555-0100");
        assertThat(find(Button.class).withId("request-change-" + first).exists()).isFalse();
    }

    @Test
    @WithUserDetails("client")
    void clientsCannotOpenTheSchedule() {
        assertThatThrownBy(() -> navigate(ScheduleView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate(RequestsView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminsCannotOpenTheSchedule() {
        assertThatThrownBy(() -> navigate(ScheduleView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("clinician")
    void aClinicianSetsTheirOwnWorkingHoursAndGoesBackToTheClinics() {
        navigate(HoursView.class);
        assertThat(find(ComboBox.class).id("hours-clinician").getListDataView().getItems().count()).isEqualTo(1);
        assertThat(find(Checkbox.class).id("hours-clinic").getValue()).isTrue();
        test(find(Checkbox.class).id("hours-clinic")).click();
        test(find(TextField.class).id("hours-monday")).setValue("9:00-12:00, 11:00-13:00");
        test(find(Button.class).id("hours-save")).click();
        assertThat(find(TextField.class).id("hours-monday").isInvalid()).isTrue(); // overlapping ranges

        test(find(TextField.class).id("hours-monday")).setValue("09:00-12:00, 13:00-16:00");
        test(find(Button.class).id("hours-save")).click();
        long me = SchedulingFixtures.accountId(jdbc, "clinician");
        assertThat(jdbc.queryForObject("select count(*) from clinician_hours where clinician_id = ?", Long.class, me))
                .isPositive();
        assertThat(find(TextField.class).id("hours-monday").getValue()).isEqualTo("09:00-12:00, 13:00-16:00");
        assertThat(find(TextField.class).id("hours-tuesday").getValue()).isEmpty();

        test(find(Checkbox.class).id("hours-clinic")).click(); // back to the clinic's hours
        test(find(Button.class).id("hours-save")).click();
        assertThat(jdbc.queryForObject("select count(*) from clinician_hours where clinician_id = ?", Long.class, me))
                .isZero();
    }
}
