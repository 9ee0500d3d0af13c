package com.milestonerecovery.portal.consultation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.milestonerecovery.portal.base.AbstractEntity;
import com.milestonerecovery.portal.base.crypto.EncryptedText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "consultation_request")
class ConsultationRequest extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Column(name = "submission_token", nullable = false, unique = true, length = 64)
    private String submissionToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationStatus status = ConsultationStatus.NEW;

    @Column(name = "preferred_name", nullable = false, length = 80)
    private String preferredName;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", nullable = false, length = 8)
    private ContactMethod contactMethod;

    @Column(length = 20)
    private String phone;

    @Column(length = 254)
    private String email;

    @Column(name = "best_times", length = 200)
    private String bestTimes;

    @Column(name = "may_identify_clinic", nullable = false)
    private boolean mayIdentifyClinic;

    @Column(name = "current_medications", length = 1000)
    private String currentMedications;

    @Column(columnDefinition = "TEXT")
    @Convert(converter = EncryptedText.class)
    private String message;

    @Column(name = "referral_source", length = 200)
    private String referralSource;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "client_id")
    private Long clientId;

    @ElementCollection
    @CollectionTable(name = "consultation_concern", joinColumns = @JoinColumn(name = "consultation_request_id"))
    @Column(name = "concern", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Concern> concerns = EnumSet.noneOf(Concern.class);

    protected ConsultationRequest() {
    }

    ConsultationRequest(String reference, ValidConsultation valid, Instant now) {
        this.reference = reference;
        this.submissionToken = valid.submissionToken();
        this.preferredName = valid.preferredName();
        this.contactMethod = valid.contactMethod();
        this.phone = valid.phone();
        this.email = valid.email();
        this.bestTimes = valid.bestTimes();
        this.mayIdentifyClinic = valid.mayIdentifyClinic();
        this.currentMedications = valid.currentMedications();
        this.message = valid.message();
        this.referralSource = valid.referralSource();
        this.language = valid.language();
        this.concerns = valid.concerns().isEmpty() ? EnumSet.noneOf(Concern.class) : EnumSet.copyOf(valid.concerns());
        this.consentGivenAt = now;
        this.createdAt = now;
    }

    String getReference() {
        return reference;
    }

    ContactMethod getContactMethod() {
        return contactMethod;
    }

    ConsultationStatus getStatus() {
        return status;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    Long getClientId() {
        return clientId;
    }

    String getPreferredName() {
        return preferredName;
    }

    String getPhone() {
        return phone;
    }

    String getEmail() {
        return email;
    }

    boolean mayIdentifyClinic() {
        return mayIdentifyClinic;
    }

    String getLanguage() {
        return language;
    }

    /** Moves along the workflow by hand; refuses what {@link ConsultationStatus#canMoveTo} does not allow. */
    void moveTo(ConsultationStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new TriageException(status.isFinal() ? "triage.error.final" : "triage.error.transition");
        }
        status = target;
        statusChangedAt = now;
    }

    /** The request became a client: final, and linked to the client record. */
    void enrolled(long newClientId, Instant now) {
        if (!status.canEnroll()) {
            throw new TriageException(status.isFinal() ? "triage.error.final" : "triage.error.enrollStatus");
        }
        status = ConsultationStatus.ENROLLED;
        statusChangedAt = now;
        clientId = newClientId;
    }

    void assignTo(Long accountId) {
        if (status.isFinal()) {
            throw new TriageException("triage.error.final");
        }
        assigneeId = accountId;
    }

    SubmissionReceipt toReceipt() {
        return new SubmissionReceipt(reference, contactMethod);
    }

    ConsultationSummary toSummary(String assigneeName) {
        return new ConsultationSummary(getId(), reference, createdAt, preferredName, contactMethod, status,
                assigneeId, assigneeName);
    }

    ConsultationDetail toDetail(String assigneeName, String clientReference, List<ConsultationHistoryEntry> history) {
        return new ConsultationDetail(getId(), reference, createdAt, status, preferredName, contactMethod, phone,
                email, bestTimes, mayIdentifyClinic, concerns.isEmpty() ? EnumSet.noneOf(Concern.class)
                        : EnumSet.copyOf(concerns), currentMedications, message, referralSource, language,
                getVersion(), statusChangedAt, assigneeId, assigneeName, clientId, clientReference,
                List.copyOf(history));
    }
}
