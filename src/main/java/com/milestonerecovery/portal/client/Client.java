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

    protected Client() {
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

    ContactPreferences contactPreferences() {
        return new ContactPreferences(emailReminders, emailMayNameClinic, voicemailMayNameClinic);
    }

    void setContactPreferences(ContactPreferences preferences) {
        this.emailReminders = preferences.emailReminders();
        this.emailMayNameClinic = preferences.emailMayNameClinic();
        this.voicemailMayNameClinic = preferences.voicemailMayNameClinic();
    }
}
