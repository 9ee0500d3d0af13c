package com.milestonerecovery.portal.client;

import java.time.Instant;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person in care. Linked to exactly one sign-in account; clinical records hang off the client id. */
@Entity
@Table(name = "client")
class Client extends AbstractEntity {

    @Column(name = "account_id", nullable = false, unique = true)
    private Long accountId;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Column(name = "preferred_name", nullable = false, length = 120)
    private String preferredName;

    @Column(name = "primary_clinician_id")
    private Long primaryClinicianId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_reminders", nullable = false)
    private boolean emailReminders = true;

    @Column(name = "email_may_name_clinic", nullable = false)
    private boolean emailMayNameClinic;

    @Column(name = "voicemail_may_name_clinic", nullable = false)
    private boolean voicemailMayNameClinic;

    @Column(length = 20)
    private String phone;

    @Column(name = "follow_up_days", nullable = false)
    private int followUpDays = 14;

    // The care team's at-a-glance figures, written by ClientActivity (monitoring) with SQL; read-only here.
    @Column(name = "last_check_in_at", insertable = false, updatable = false)
    private Instant lastCheckInAt;

    @Column(name = "adherence_7d", insertable = false, updatable = false)
    private Integer adherence7d;

    @Column(name = "open_flags", insertable = false, updatable = false)
    private int openFlags;

    protected Client() {
    }

    /** A new client from an enrolled consultation request. */
    Client(long accountId, String reference, String preferredName, long primaryClinicianId, String phone,
            ContactPreferences preferences, Instant createdAt) {
        this.accountId = accountId;
        this.reference = reference;
        this.preferredName = preferredName;
        this.primaryClinicianId = primaryClinicianId;
        this.phone = phone;
        this.createdAt = createdAt;
        setContactPreferences(preferences);
    }

    Long getAccountId() {
        return accountId;
    }

    String getReference() {
        return reference;
    }

    String getPreferredName() {
        return preferredName;
    }

    Long getPrimaryClinicianId() {
        return primaryClinicianId;
    }

    String getPhone() {
        return phone;
    }

    int getFollowUpDays() {
        return followUpDays;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastCheckInAt() {
        return lastCheckInAt;
    }

    Integer getAdherence7d() {
        return adherence7d;
    }

    int getOpenFlags() {
        return openFlags;
    }

    ContactPreferences contactPreferences() {
        return new ContactPreferences(emailReminders, emailMayNameClinic, voicemailMayNameClinic);
    }

    void setContactPreferences(ContactPreferences preferences) {
        this.emailReminders = preferences.emailReminders();
        this.emailMayNameClinic = preferences.emailMayNameClinic();
        this.voicemailMayNameClinic = preferences.voicemailMayNameClinic();
    }
}
