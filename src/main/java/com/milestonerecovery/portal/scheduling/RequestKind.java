package com.milestonerecovery.portal.scheduling;

/** What a client asked for: another time, or (done at once, before the cut-off) a cancellation to follow up. */
public enum RequestKind {
    CHANGE, CANCEL
}
