package com.milestonerecovery.portal.staff.ui.record;

import com.milestonerecovery.portal.scheduling.ClientAppointment;
import com.milestonerecovery.portal.scheduling.ClientAppointmentService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The client's appointments, newest first. Booking and changes come with the scheduling work. */
class AppointmentsSection extends Div {

    AppointmentsSection(ClientAppointmentService appointments, long clientId, RecordFormat format) {
        setId("section-appointments");
        Grid<ClientAppointment> grid = new Grid<>();
        grid.addColumn(a -> format.dateTime(a.startsAt())).setHeader(getTranslation("staff.record.when"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("appointment.type." + a.type().name()))
                .setHeader(getTranslation("staff.record.type"));
        grid.addColumn(a -> a.clinicianName() == null ? "" : a.clinicianName())
                .setHeader(getTranslation("staff.clients.clinician"));
        grid.addColumn(a -> getTranslation("appointment.status." + a.status().name()))
                .setHeader(getTranslation("staff.record.status"));
        grid.addColumn(a -> a.location() != null ? a.location() : a.telehealthUrl() != null
                ? getTranslation("staff.record.telehealth") : "").setHeader(getTranslation("staff.record.where"));
        grid.setItems(q -> appointments.appointmentsOf(clientId, q.getPage(), q.getPageSize()).stream());
        grid.setAriaLabel(getTranslation("staff.record.appointments"));
        grid.setHeight("20rem");
        add(new H2(getTranslation("staff.record.appointments")), grid);
    }
}
