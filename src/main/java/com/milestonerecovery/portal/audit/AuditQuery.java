package com.milestonerecovery.portal.audit;

import java.time.LocalDate;

import com.milestonerecovery.portal.security.AuditAction;

/**
 * Filters of the audit review, all optional and applied by the database: days (clinic time zone, both
 * inclusive), the actor's user name (exact or a prefix), a client's reference (exact), one action.
 */
public record AuditQuery(LocalDate from, LocalDate to, String actor, String clientReference, AuditAction action,
        boolean newestFirst) {

    public static final int TEXT_MAX = 120;

    public AuditQuery {
        actor = clean(actor);
        clientReference = clean(clientReference);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, true);
    }

    /** The review preset: every break-glass opening, newest first. */
    public static AuditQuery breakGlass() {
        return new AuditQuery(null, null, null, null, AuditAction.BREAK_GLASS, true);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > TEXT_MAX ? stripped.substring(0, TEXT_MAX) : stripped;
    }
}
