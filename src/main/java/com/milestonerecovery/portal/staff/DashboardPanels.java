package com.milestonerecovery.portal.staff;

import java.time.Instant;
import java.util.List;

/** What the staff dashboard shows: each panel a count from the database and the first few rows. */
public record DashboardPanels(Scope scope, Panel<RequestItem> newRequests, Panel<ClientItem> lowAdherence,
        Panel<FlagItem> urgentFlags, Panel<AppointmentItem> todaysAppointments, Panel<ClientItem> overdueFollowUps) {

    /** Whose clients the panels cover. */
    public enum Scope {
        /** The signed-in clinician's caseload (and their own appointments). */
        CASELOAD,
        /** Everyone at the clinic. */
        CLINIC
    }

    /**
     * A panel: the total and the first rows. A panel the reader may not see (clinical data for a coordinator)
     * is {@code null}.
     */
    public record Panel<T>(long count, List<T> rows) {
    }

    public record RequestItem(long id, String reference, String preferredName, Instant receivedAt) {
    }

    /** @param detail adherence percent, or days overdue, depending on the panel */
    public record ClientItem(long clientId, String reference, String preferredName, Integer detail) {
    }

    public record FlagItem(long flagId, long clientId, String reference, String preferredName, String reason,
            Instant raisedAt) {
    }

    public record AppointmentItem(long appointmentId, long clientId, String reference, String preferredName,
            String clinicianName, String type, Instant startsAt) {
    }
}
