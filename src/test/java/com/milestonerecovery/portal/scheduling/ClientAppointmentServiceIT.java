package com.milestonerecovery.portal.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.milestonerecovery.portal.support.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The client's own appointments and calendar files; nobody else's. */
@IntegrationTest
class ClientAppointmentServiceIT {

    @Autowired
    ClientAppointmentService appointments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("client20")
    void upcomingAndPastAreSplitAndOrdered() {
        List<ClientAppointment> upcoming = appointments.upcoming();
        List<ClientAppointment> past = appointments.past(0, 20);
        assertThat(upcoming).hasSize(2);
        assertThat(upcoming.getFirst().startsAt()).isBefore(upcoming.get(1).startsAt());
        assertThat(appointments.next()).contains(upcoming.getFirst());
        assertThat(past).hasSize(3).allMatch(a -> a.status() != AppointmentStatus.SCHEDULED);
        assertThat(past.getFirst().startsAt()).isAfter(past.getLast().startsAt());
        assertThat(upcoming.getFirst().clinicianName()).isEqualTo("Dr. Luis Carrillo");
    }

    @Test
    @WithUserDetails("client20")
    void theCalendarFileIsValidAndNeutral() {
        ClientAppointment next = appointments.next().orElseThrow();
        String ics = appointments.calendarFile(next.id(), "Appointment", "See the details in your portal.");
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "SUMMARY:Appointment",
                "UID:appointment-" + next.id()).doesNotContainIgnoringCase("recovery")
                .doesNotContainIgnoringCase("medication");
    }

    @Test
    @WithUserDetails("client20")
    void anotherClientsAppointmentIsRefused() {
        long theirs = jdbc.queryForObject("""
                select min(p.id) from appointment p join client c on c.id = p.client_id
                join user_account a on a.id = c.account_id where a.username = 'client21'""", Long.class);
        assertThatThrownBy(() -> appointments.calendarFile(theirs, "Appointment", ""))
                .isInstanceOf(AccessDeniedException.class);
    }
}
