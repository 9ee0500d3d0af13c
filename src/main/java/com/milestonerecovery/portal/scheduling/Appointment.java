package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "appointment")
class Appointment extends AbstractEntity {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "clinician_id", nullable = false)
    private Long clinicianId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String location;

    @Column(name = "telehealth_url", length = 500)
    private String telehealthUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AppointmentStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    protected Appointment() {
    }

    Instant getStartsAt() {
        return startsAt;
    }

    ClientAppointment toClientView(String clinicianName) {
        return new ClientAppointment(getId(), type, startsAt, endsAt, location, telehealthUrl, status, clinicianName);
    }

    Long getClinicianId() {
        return clinicianId;
    }
}
