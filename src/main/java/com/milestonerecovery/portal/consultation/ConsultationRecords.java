package com.milestonerecovery.portal.consultation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientEnrollment;
import com.milestonerecovery.portal.security.AccountService;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.SignedInUser;

import jakarta.persistence.criteria.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The bookkeeping the triage services share (callers hold the transaction and the authorization): loading a
 * request for a change with its version checked, writing history lines with who and when, and the read
 * models, with names fetched once per page or detail rather than once per row.
 */
@Component
class ConsultationRecords {

    private static final int ACTOR_NAME_MAX = 120;

    private final ConsultationRequestRepository requests;
    private final ConsultationEventRepository events;
    private final AccountService accounts;
    private final ClientEnrollment clients;
    private final CurrentUser currentUser;
    private final ZoneId zone;

    ConsultationRecords(ConsultationRequestRepository requests, ConsultationEventRepository events,
            AccountService accounts, ClientEnrollment clients, CurrentUser currentUser, ClinicProperties clinic) {
        this.requests = requests;
        this.events = events;
        this.accounts = accounts;
        this.clients = clients;
        this.currentUser = currentUser;
        this.zone = clinic.timeZone();
    }

    ConsultationRequest load(long id) {
        return requests.findById(id).orElseThrow(() -> new TriageException("triage.error.notFound"));
    }

    /** The request as the caller saw it, or {@link StaleConsultationException} if it changed since. */
    ConsultationRequest loadForChange(long id, long expectedVersion) {
        ConsultationRequest request = load(id);
        if (request.getVersion() != expectedVersion) {
            throw new StaleConsultationException();
        }
        return request;
    }

    /** Appends a history line for the signed-in person. */
    void record(ConsultationRequest request, Instant at, ConsultationEventKind kind, ConsultationStatus from,
            ConsultationStatus to, Long assigneeId, String note) {
        SignedInUser actor = currentUser.require();
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.getUsername()
                : actor.displayName();
        if (name.length() > ACTOR_NAME_MAX) {
            name = name.substring(0, ACTOR_NAME_MAX);
        }
        events.save(new ConsultationEvent(request.getId(), at, actor.accountId(), name, kind, from, to, assigneeId,
                note));
    }

    /** Writes now, so a concurrent change surfaces here as "reload" rather than as a failed commit. */
    void flush() {
        try {
            requests.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleConsultationException();
        }
    }

    long me() {
        return currentUser.require().accountId();
    }

    Page<ConsultationSummary> search(ConsultationFilter filter, Pageable pageable) {
        Page<ConsultationRequest> page = requests.findAll(specification(filter), pageable);
        Set<Long> assignees = new HashSet<>();
        page.forEach(r -> {
            if (r.getAssigneeId() != null) {
                assignees.add(r.getAssigneeId());
            }
        });
        Map<Long, String> names = accounts.displayNames(assignees);
        return page.map(r -> r.toSummary(names.get(r.getAssigneeId())));
    }

    ConsultationDetail detail(ConsultationRequest request) {
        List<ConsultationEvent> history = events.findByRequestIdOrderByOccurredAtAscIdAsc(request.getId());
        Set<Long> people = new HashSet<>();
        people.add(request.getAssigneeId());
        history.forEach(e -> people.add(e.getAssigneeId()));
        people.remove(null);
        Map<Long, String> names = accounts.displayNames(people);
        String clientReference = request.getClientId() == null ? null
                : clients.reference(request.getClientId()).orElse(null);
        return request.toDetail(names.get(request.getAssigneeId()), clientReference,
                history.stream().map(e -> e.toEntry(names.get(e.getAssigneeId()))).toList());
    }

    private Specification<ConsultationRequest> specification(ConsultationFilter filter) {
        Long me = filter.assignee().kind() == AssigneeFilter.Kind.ME ? me() : null;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.receivedFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.<Instant>get("createdAt"),
                        filter.receivedFrom().atStartOfDay(zone).toInstant()));
            }
            if (filter.receivedTo() != null) {
                where.add(cb.lessThan(root.<Instant>get("createdAt"),
                        filter.receivedTo().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            switch (filter.assignee().kind()) {
                case UNASSIGNED -> where.add(cb.isNull(root.get("assigneeId")));
                case ME -> where.add(cb.equal(root.get("assigneeId"), me));
                case ACCOUNT -> where.add(cb.equal(root.get("assigneeId"), filter.assignee().accountId()));
                case ANYONE -> {
                }
            }
            if (filter.text() != null) {
                String pattern = "%" + escapeLike(filter.text()) + "%";
                where.add(cb.or(cb.like(root.get("preferredName"), pattern, '\\'),
                        cb.like(root.get("reference"), pattern, '\\'), cb.like(root.get("email"), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return Objects.requireNonNull(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
