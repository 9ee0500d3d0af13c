package com.milestonerecovery.portal.consultation;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.i18n.SupportedLocales;
import com.milestonerecovery.portal.client.ClientEnrollment;
import com.milestonerecovery.portal.client.ContactPreferences;
import com.milestonerecovery.portal.client.EnrolledClient;
import com.milestonerecovery.portal.client.NewClient;
import com.milestonerecovery.portal.notification.MailOutbox;
import com.milestonerecovery.portal.security.AccountConflictException;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.AccountSummary;
import com.milestonerecovery.portal.security.ActivationLink;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.NewAccount;
import com.milestonerecovery.portal.security.PasswordResetService;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment: a contacted (or scheduled) consultation request becomes a client. In one transaction it creates
 * the client account (no password), the client record, links the request and makes it ENROLLED, and queues the
 * invitation with a single-use activation link; if any step fails, nothing is created and no mail is queued.
 * The invitation carries no health information, and does not name the clinic unless the person allowed it.
 */
@Service
public class ConsultationEnrollmentService {

    private static final Logger log = LoggerFactory.getLogger(ConsultationEnrollmentService.class);
    public static final int NAME_MAX = 120;
    private static final FreeText NAME = FreeText.line(NAME_MAX);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final int USERNAME_BASE_MAX = 56;

    private final ConsultationRecords records;
    private final AccountService accounts;
    private final ClientEnrollment clients;
    private final PasswordResetService activations;
    private final MailOutbox outbox;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ConsultationValidator validator = new ConsultationValidator();

    ConsultationEnrollmentService(ConsultationRecords records, AccountService accounts, ClientEnrollment clients,
            PasswordResetService activations, MailOutbox outbox, AuditTrail audit, MessageSource messages,
            ClinicProperties clinic, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.clients = clients;
        this.activations = activations;
        this.outbox = outbox;
        this.audit = audit;
        this.messages = messages;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * The form to enrol this request, prefilled from it.
     *
     * @throws TriageException when the request cannot be enrolled in its status
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public EnrollmentDraft prepareEnrollment(long requestId) {
        ConsultationRequest request = records.load(requestId);
        requireEnrollable(request);
        List<StaffMember> clinicians = clinicians();
        Long assignee = request.getAssigneeId();
        Long suggestedClinician = clinicians.stream().anyMatch(c -> assignee != null && c.id() == assignee)
                ? assignee : null;
        ContactPreferences preferences = new ContactPreferences(request.getContactMethod().usesEmail(),
                request.mayIdentifyClinic(), request.mayIdentifyClinic());
        EnrollmentForm form = new EnrollmentForm(request.getPreferredName(), request.getEmail(), request.getPhone(),
                suggestUsername(request.getPreferredName(), request.getEmail()), suggestedClinician, preferences);
        return new EnrollmentDraft(request.getId(), request.getVersion(), request.mayIdentifyClinic(), form,
                clinicians);
    }

    /**
     * Enrols the person and queues their invitation, in the request's language.
     *
     * @throws InvalidEnrollmentException when a field is wrong or the username or email is taken
     * @throws TriageException when the request cannot be enrolled in its status
     * @throws StaleConsultationException when the request changed since {@code version}
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public EnrollmentResult enroll(long requestId, long version, EnrollmentForm form) {
        ConsultationRequest request = records.loadForChange(requestId, version);
        requireEnrollable(request);
        Valid valid = validate(form);
        EnrolledClient client;
        AccountSummary account;
        try {
            account = accounts.createInvitedClient(new NewAccount(valid.username(), valid.email(),
                    valid.preferredName(), Set.of(Role.CLIENT), null));
            client = clients.enroll(new NewClient(account.id(), valid.preferredName(), valid.clinicianId(),
                    valid.phone(), valid.preferences()));
            Instant now = clock.instant();
            ConsultationStatus from = request.getStatus();
            request.enrolled(client.clientId(), now);
            records.record(request, now, ConsultationEventKind.STATUS, from, ConsultationStatus.ENROLLED, null,
                    null);
            queueInvitation(request, valid, activations.issueActivation(account.id()));
            records.flush();
        } catch (AccountConflictException e) {
            String field = "account.error.emailTaken".equals(e.messageKey()) ? "email" : "username";
            throw new InvalidEnrollmentException(List.of(new FieldError(field, e.messageKey())));
        } catch (DataIntegrityViolationException e) {
            // Someone took the username or email between the check and the insert.
            throw new InvalidEnrollmentException(List.of(new FieldError("form", "triage.enroll.error.conflict")));
        } catch (OptimisticLockingFailureException e) {
            // The request changed meanwhile, noticed when a query flushed before records.flush() could.
            throw new StaleConsultationException();
        }
        // Last, once everything is written: a refused enrolment leaves no audit line for a client that never was.
        audit.record(AuditAction.ENROLLMENT, client.clientId(), null, "consultation request " + requestId);
        log.info("Consultation request {} enrolled as client {}", requestId, client.clientId());
        return new EnrollmentResult(client.reference(), account.username(), records.detail(request));
    }

    private List<StaffMember> clinicians() {
        return accounts.careTeam().stream().filter(m -> m.hasRole(Role.CLINICIAN)).toList();
    }

    private static void requireEnrollable(ConsultationRequest request) {
        if (!request.getStatus().canEnroll()) {
            throw new TriageException(request.getStatus().isFinal() ? "triage.error.final"
                    : "triage.error.enrollStatus");
        }
    }

    private record Valid(String preferredName, String email, String phone, String username, long clinicianId,
            ContactPreferences preferences) {
    }

    private Valid validate(EnrollmentForm form) {
        if (form == null) {
            throw new InvalidEnrollmentException(List.of(new FieldError("form", "triage.enroll.error.form")));
        }
        List<FieldError> errors = new ArrayList<>();
        String name = ConsultationValidator.text(form.preferredName(), NAME, true, "preferredName",
                "triage.enroll.error.name", errors);
        String email = ConsultationValidator.email(FreeText.stripToNull(form.email()), true,
                "triage.enroll.error.emailRequired", errors);
        if (email != null && accounts.isEmailTaken(email)) {
            errors.add(new FieldError("email", "account.error.emailTaken"));
        }
        String phone = validator.phone(FreeText.stripToNull(form.phone()), false, null, errors);
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "triage.enroll.error.usernameRequired"));
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "triage.enroll.error.usernameInvalid"));
        } else if (accounts.isUsernameTaken(username)) {
            errors.add(new FieldError("username", "account.error.usernameTaken"));
        }
        Long clinician = form.primaryClinicianId();
        if (clinician == null || !accounts.hasEnabledRole(clinician, Role.CLINICIAN)) {
            errors.add(new FieldError("primaryClinician", "triage.enroll.error.clinician"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidEnrollmentException(errors);
        }
        ContactPreferences preferences = form.preferences() == null ? new ContactPreferences(false, false, false)
                : form.preferences();
        return new Valid(name, email, phone, username, clinician, preferences);
    }

    /** Plain text, in the request's language; names the clinic only if the person allowed it, twice over. */
    private void queueInvitation(ConsultationRequest request, Valid valid, ActivationLink link) {
        Locale locale = SupportedLocales.fromTag(request.getLanguage());
        long hours = Math.max(1, link.validFor().toHours());
        boolean nameClinic = request.mayIdentifyClinic() && valid.preferences().emailMayNameClinic();
        String variant = nameClinic ? "named" : "neutral";
        outbox.enqueue(valid.email(),
                messages.getMessage("triage.mail.invite.subject." + variant, new Object[] {clinic.name()}, locale),
                messages.getMessage("triage.mail.invite.body." + variant,
                        new Object[] {link.url(), hours, valid.username(), clinic.name()}, locale));
    }

    /** A free username from the name (accents dropped, words joined by dots), else from the email's local part. */
    private String suggestUsername(String preferredName, String email) {
        String base = slug(preferredName);
        if (base.length() < 3 && email != null && email.contains("@")) {
            base = slug(email.substring(0, email.indexOf('@')));
        }
        if (base.length() < 3) {
            base = "client";
        }
        String candidate = base;
        for (int n = 2; accounts.isUsernameTaken(candidate) && n < 1000; n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (plain.length() > USERNAME_BASE_MAX) {
            plain = plain.substring(0, USERNAME_BASE_MAX).replaceAll("\\.+$", "");
        }
        return plain;
    }
}
