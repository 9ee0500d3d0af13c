package com.milestonerecovery.portal.scheduling;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.Roles;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in client's appointments (read-only) and "add to my calendar" files. */
@Service
public class ClientAppointmentService {

    private final AppointmentRepository appointments;
    private final ClientDirectory clients;
    private final ClientAccess access;
    private final Clock clock;

    ClientAppointmentService(AppointmentRepository appointments, ClientDirectory clients, ClientAccess access,
            Clock clock) {
        this.appointments = appointments;
        this.clients = clients;
        this.access = access;
        this.clock = clock;
    }

    /** A client's appointments, newest first, for the care team (coordinators and the client's clinicians). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<ClientAppointment> appointmentsOf(long clientId, int page, int size) {
        access.checkRead(clientId, RecordSection.APPOINTMENTS);
        return views(appointments.findAllOfClient(clientId,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientAppointment> upcoming() {
        return views(appointments.findUpcoming(clients.currentClientId(), clock.instant(), PageRequest.of(0, 50)));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<ClientAppointment> past(int page, int size) {
        return views(appointments.findPast(clients.currentClientId(), clock.instant(),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))));
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Optional<ClientAppointment> next() {
        return views(appointments.findUpcoming(clients.currentClientId(), clock.instant(), PageRequest.of(0, 1)))
                .stream().findFirst();
    }

    /**
     * An iCalendar file for one of the client's own appointments. The title stays neutral ("Appointment"):
     * calendars are often shared or synced, so it names neither the clinic nor the kind of care.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public String calendarFile(long appointmentId, String title, String description) {
        Appointment appointment = appointments.findByIdAndClientId(appointmentId, clients.currentClientId())
                .orElseThrow(() -> new AccessDeniedException("not your appointment"));
        ClientAppointment a = views(List.of(appointment)).getFirst();
        VEvent event = new VEvent(a.startsAt(), a.endsAt(), title);
        event.add(new Uid("appointment-" + a.id() + "@patient-portal"));
        if (a.location() != null) {
            event.add(new Location(a.location()));
        } else if (a.telehealthUrl() != null) {
            event.add(new Location(a.telehealthUrl()));
        }
        event.add(new Description(description));
        Calendar calendar = new Calendar().withProdId("-//Patient portal//Appointments//EN").withDefaults()
                .withComponent(event).getFluentTarget();
        StringWriter writer = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, writer);
        } catch (IOException e) {
            throw new IllegalStateException("calendar file could not be written", e);
        }
        return writer.toString();
    }

    private List<ClientAppointment> views(List<Appointment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : appointments.displayNames(list.stream().map(Appointment::getClinicianId).distinct()
                .toList())) {
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return list.stream().map(a -> a.toClientView(names.get(a.getClinicianId()))).toList();
    }
}
