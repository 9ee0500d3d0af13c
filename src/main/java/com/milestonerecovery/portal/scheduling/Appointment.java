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

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by")
    private Long statusChangedBy;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "staff_notes", columnDefinition = "TEXT")
    private String staffNotes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "time_set_at")
    private Instant timeSetAt;

    protected Appointment() {
    }

    Appointment(long clientId, long clinicianId, AppointmentType type, Instant startsAt, Instant endsAt,
            String location, String telehealthUrl, String staffNotes, long createdBy, Instant now) {
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.type = type;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.location = location;
        this.telehealthUrl = telehealthUrl;
        this.staffNotes = staffNotes;
        this.status = AppointmentStatus.SCHEDULED;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.timeSetAt = now;
    }

    void moveTo(long clinicianId, Instant startsAt, Instant endsAt, Instant now) {
        this.clinicianId = clinicianId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeSetAt = now;
    }

    void changeStatus(AppointmentStatus status, long by, Instant now, String reason) {
        this.status = status;
        this.statusChangedAt = now;
        this.statusChangedBy = by;
        this.statusReason = reason;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Long getClientId() {
        return clientId;
    }

    Long getClinicianId() {
        return clinicianId;
    }

    AppointmentType getType() {
        return type;
    }

    AppointmentStatus getStatus() {
        return status;
    }

    String getLocation() {
        return location;
    }

    String getTelehealthUrl() {
        return telehealthUrl;
    }

    String getStaffNotes() {
        return staffNotes;
    }

    String getStatusReason() {
        return statusReason;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    ClientAppointment toClientView(String clinicianName) {
        return new ClientAppointment(getId(), type, startsAt, endsAt, location, telehealthUrl, status, clinicianName);
    }
}
