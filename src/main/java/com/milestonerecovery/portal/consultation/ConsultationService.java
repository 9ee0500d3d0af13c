package com.milestonerecovery.portal.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.notification.MailOutbox;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential consultation requests: intake from the public form, and the staff list and detail (changes are
 * {@link ConsultationTriageService} and {@link ConsultationEnrollmentService}). Mail about a request never
 * carries health details: only the reference, and for staff a link to sign in.
 */
@Service
public class ConsultationService {

    private static final Logger log = LoggerFactory.getLogger(ConsultationService.class);
    /** Crockford's base32 without look-alike letters: easy to read out over the phone. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final ConsultationRequestRepository requests;
    private final ConsultationRecords records;
    private final SubmissionRateLimiter rateLimiter;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ConsultationValidator validator = new ConsultationValidator();
    private final SecureRandom random = new SecureRandom();

    ConsultationService(ConsultationRequestRepository requests, ConsultationRecords records,
            SubmissionRateLimiter rateLimiter, MailOutbox outbox, MessageSource messages, ClinicProperties clinic,
            Clock clock) {
        this.requests = requests;
        this.records = records;
        this.rateLimiter = rateLimiter;
        this.outbox = outbox;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Stores a request (status NEW) and queues the confirmation and intake notices, all in one transaction.
     * Submitting the same form again returns the first receipt instead of a second request.
     *
     * @param clientAddress the submitter's network address, used only as a rate-limit key
     * @throws InvalidConsultationException when any field is wrong; nothing is stored
     * @throws RateLimitedException when the address or contact sent too many requests this hour
     */
    @Transactional
    public SubmissionReceipt submit(ConsultationForm form, String clientAddress) {
        if (form != null && form.website() != null && !form.website().isBlank()) {
            // Honeypot filled in: a bot. Answer like a success, store and send nothing.
            log.info("Consultation honeypot triggered; request discarded");
            return new SubmissionReceipt(newReference(), form.contactMethod());
        }
        ValidConsultation valid = validator.validate(form);
        var existing = requests.findBySubmissionToken(valid.submissionToken());
        if (existing.isPresent()) {
            return existing.get().toReceipt();
        }
        if (!rateLimiter.tryAcquire(limitKeys(valid, clientAddress))) {
            log.info("Consultation request refused by rate limit");
            throw new RateLimitedException();
        }
        String reference = uniqueReference();
        ConsultationRequest saved = requests.save(new ConsultationRequest(reference, valid, clock.instant()));
        queueMail(valid, reference);
        log.info("Consultation request {} received", saved.getId());
        return saved.toReceipt();
    }

    /** The staff list by status only (null: every status); see {@link #search}. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public Page<ConsultationSummary> list(ConsultationStatus status, Pageable pageable) {
        return records.search(ConsultationFilter.withStatus(status), pageable);
    }

    /**
     * The staff list, filtered, sorted and paged by the database; sort properties are the entity's
     * ({@code createdAt}, {@code reference}, {@code preferredName}, {@code status}, {@code statusChangedAt}).
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public Page<ConsultationSummary> search(ConsultationFilter filter, Pageable pageable) {
        return records.search(filter == null ? ConsultationFilter.all() : filter, pageable);
    }

    /**
     * One request with where triage stands and its history, oldest first.
     *
     * @throws TriageException ({@code triage.error.notFound}) when there is no such request
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public ConsultationDetail get(long id) {
        return records.detail(records.load(id));
    }

    private String[] limitKeys(ValidConsultation valid, String clientAddress) {
        List<String> keys = new ArrayList<>();
        keys.add("addr:" + (clientAddress == null ? "unknown" : clientAddress));
        if (valid.email() != null) {
            keys.add("email:" + valid.email());
        }
        if (valid.phone() != null) {
            keys.add("phone:" + valid.phone());
        }
        return keys.toArray(String[]::new);
    }

    private void queueMail(ValidConsultation valid, String reference) {
        if (valid.contactMethod().usesEmail() && valid.email() != null && valid.mayIdentifyClinic()) {
            Locale locale = Locale.forLanguageTag(valid.language());
            outbox.enqueue(valid.email(),
                    messages.getMessage("mail.consultation.requester.subject", new Object[] {clinic.name()}, locale),
                    messages.getMessage("mail.consultation.requester.body",
                            new Object[] {reference, clinic.name(), clinic.phone()}, locale));
        }
        outbox.enqueue(clinic.intakeEmail(),
                messages.getMessage("mail.consultation.intake.subject", new Object[] {reference}, Locale.ENGLISH),
                messages.getMessage("mail.consultation.intake.body",
                        new Object[] {reference, clinic.publicBaseUrl() + "/staff/consultations"}, Locale.ENGLISH));
    }

    private String uniqueReference() {
        String reference;
        do {
            reference = newReference();
        } while (requests.existsByReference(reference));
        return reference;
    }

    private String newReference() {
        StringBuilder sb = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
