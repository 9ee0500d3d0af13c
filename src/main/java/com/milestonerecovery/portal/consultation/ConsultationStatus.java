package com.milestonerecovery.portal.consultation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The triage workflow: NEW -> CONTACTED -> SCHEDULED -> ENROLLED, or DECLINED / CLOSED from any open status.
 * ENROLLED, DECLINED and CLOSED are final. ENROLLED is reached only by enrolment (which creates the client),
 * and only after a first contact: enrolment follows a conversation, and the history should show it.
 */
public enum ConsultationStatus {
    NEW, CONTACTED, SCHEDULED, ENROLLED, DECLINED, CLOSED;

    /** True when nothing may change the status any more. */
    public boolean isFinal() {
        return this == ENROLLED || this == DECLINED || this == CLOSED;
    }

    /** The statuses a person may move this one to by hand (enrolment is not among them). */
    public Set<ConsultationStatus> nextSteps() {
        return switch (this) {
            case NEW -> Collections.unmodifiableSet(EnumSet.of(CONTACTED, DECLINED, CLOSED));
            case CONTACTED -> Collections.unmodifiableSet(EnumSet.of(SCHEDULED, DECLINED, CLOSED));
            case SCHEDULED -> Collections.unmodifiableSet(EnumSet.of(DECLINED, CLOSED));
            case ENROLLED, DECLINED, CLOSED -> Collections.emptySet();
        };
    }

    public boolean canMoveTo(ConsultationStatus target) {
        return target != null && nextSteps().contains(target);
    }

    /** Enrolment is possible once the person has been contacted, and until the request is final. */
    public boolean canEnroll() {
        return this == CONTACTED || this == SCHEDULED;
    }
}
