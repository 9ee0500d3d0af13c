package com.milestonerecovery.portal.consultation;

import java.time.LocalDate;

/**
 * What the staff list shows; every part is optional and applied by the database. {@code text} matches the
 * name, reference or email; the dates are days in the clinic's time zone, both inclusive.
 */
public record ConsultationFilter(String text, ConsultationStatus status, LocalDate receivedFrom,
        LocalDate receivedTo, AssigneeFilter assignee) {

    public static final int TEXT_MAX = 100;

    public ConsultationFilter {
        if (assignee == null) {
            assignee = AssigneeFilter.anyone();
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    public static ConsultationFilter all() {
        return new ConsultationFilter(null, null, null, null, AssigneeFilter.anyone());
    }

    public static ConsultationFilter withStatus(ConsultationStatus status) {
        return new ConsultationFilter(null, status, null, null, AssigneeFilter.anyone());
    }
}
