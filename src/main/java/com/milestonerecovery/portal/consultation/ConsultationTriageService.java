package com.milestonerecovery.portal.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.Role;
import com.milestonerecovery.portal.security.Roles;
import com.milestonerecovery.portal.security.StaffMember;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a consultation request: moving it along the workflow ({@link ConsultationStatus}), giving it to a
 * member of the care team, and notes. Every change is a history line with who and when. Changes to the request
 * itself take the version the caller saw: if someone else changed it meanwhile, nothing changes and the caller
 * gets {@link StaleConsultationException}. Each method returns the request as it now stands.
 */
@Service
public class ConsultationTriageService {

    private static final Logger log = LoggerFactory.getLogger(ConsultationTriageService.class);
    public static final int NOTE_MAX = 2000;
    private static final FreeText NOTE = FreeText.lines(NOTE_MAX);

    private final ConsultationRecords records;
    private final AccountService accounts;
    private final Clock clock;

    ConsultationTriageService(ConsultationRecords records, AccountService accounts, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Moves the request to {@code target}, with an optional note (up to 2,000 characters).
     *
     * @throws TriageException when the workflow does not allow the move or the note is invalid
     * @throws StaleConsultationException when the request changed since {@code version}
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public ConsultationDetail changeStatus(long requestId, long version, ConsultationStatus target, String note) {
        String text = note(note, false);
        ConsultationRequest request = records.loadForChange(requestId, version);
        ConsultationStatus from = request.getStatus();
        Instant now = clock.instant();
        request.moveTo(target, now);
        records.record(request, now, ConsultationEventKind.STATUS, from, target, null, text);
        records.flush();
        log.info("Consultation request {} moved from {} to {}", requestId, from, target);
        return records.detail(request);
    }

    /**
     * Gives the request to an enabled clinician or coordinator, or to nobody ({@code assigneeId} null).
     *
     * @throws TriageException when the assignee is not on the care team or the request is final
     * @throws StaleConsultationException when the request changed since {@code version}
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public ConsultationDetail assign(long requestId, long version, Long assigneeId) {
        if (assigneeId != null && !accounts.hasEnabledRole(assigneeId, Role.CLINICIAN)
                && !accounts.hasEnabledRole(assigneeId, Role.COORDINATOR)) {
            throw new TriageException("triage.error.assignee");
        }
        ConsultationRequest request = records.loadForChange(requestId, version);
        if (Objects.equals(request.getAssigneeId(), assigneeId)) {
            return records.detail(request);
        }
        request.assignTo(assigneeId);
        records.record(request, clock.instant(), ConsultationEventKind.ASSIGNMENT, null, null, assigneeId, null);
        records.flush();
        log.info("Consultation request {} assigned to account {}", requestId,
                assigneeId == null ? "none" : assigneeId);
        return records.detail(request);
    }

    /**
     * Adds a care-team note (1 to 2,000 characters of plain text). Notes append to the history and do not
     * change the request, so they need no version: two people may add notes at the same time.
     *
     * @throws TriageException when the note is empty, too long or has control characters
     */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional
    public ConsultationDetail addNote(long requestId, String note) {
        String text = note(note, true);
        ConsultationRequest request = records.load(requestId);
        records.record(request, clock.instant(), ConsultationEventKind.NOTE, null, null, null, text);
        log.info("Note added to consultation request {}", requestId);
        return records.detail(request);
    }

    /** Who a request may be given to: enabled clinicians and coordinators, by name. */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<StaffMember> assignableStaff() {
        return accounts.careTeam();
    }

    private static String note(String note, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        String text = ConsultationValidator.text(note, NOTE, required, "note", "triage.error.note", errors);
        if (!errors.isEmpty()) {
            throw new TriageException(errors.get(0).messageKey());
        }
        return text;
    }
}
