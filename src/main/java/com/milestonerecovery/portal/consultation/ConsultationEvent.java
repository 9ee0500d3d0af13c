package com.milestonerecovery.portal.consultation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a request's history: who did what, when. Append-only (no setters, never updated). */
@Entity
@Table(name = "consultation_event")
class ConsultationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 120, updatable = false)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ConsultationEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private ConsultationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16, updatable = false)
    private ConsultationStatus toStatus;

    @Column(name = "assignee_id", updatable = false)
    private Long assigneeId;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String note;

    protected ConsultationEvent() {
    }

    ConsultationEvent(long requestId, Instant occurredAt, Long actorId, String actorName, ConsultationEventKind kind,
            ConsultationStatus fromStatus, ConsultationStatus toStatus, Long assigneeId, String note) {
        this.requestId = requestId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.assigneeId = assigneeId;
        this.note = note;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    ConsultationHistoryEntry toEntry(String assigneeName) {
        return new ConsultationHistoryEntry(occurredAt, actorId, actorName, kind, fromStatus, toStatus, assigneeId,
                assigneeName, note);
    }
}
