package com.milestonerecovery.portal.scheduling;

import java.time.Instant;

import com.milestonerecovery.portal.base.RuleViolation;

/**
 * A booking or move refused because the clinician or the client already has an appointment then. Carries the
 * clashing appointment's time, so the message can name it (arguments: start, end as {@link Instant}s, shown in
 * the clinic's zone by the view).
 */
public class SlotClash extends RuleViolation {

    public enum Who {
        CLINICIAN, CLIENT
    }

    private final Who who;
    private final Instant clashStart;
    private final Instant clashEnd;

    SlotClash(Who who, Instant clashStart, Instant clashEnd) {
        super(who == Who.CLINICIAN ? "schedule.error.clinicianBusy" : "schedule.error.clientBusy", clashStart,
                clashEnd);
        this.who = who;
        this.clashStart = clashStart;
        this.clashEnd = clashEnd;
    }

    public Who who() {
        return who;
    }

    public Instant clashStart() {
        return clashStart;
    }

    public Instant clashEnd() {
        return clashEnd;
    }
}
