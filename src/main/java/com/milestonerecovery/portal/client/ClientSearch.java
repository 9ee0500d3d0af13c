package com.milestonerecovery.portal.client;

/**
 * Filters for the clients grid. {@code text} matches the start of the preferred name, or a reference
 * ("C-10002", "10002"); {@code clinicianId} null means the whole clinic. The attention filters are for clinicians.
 */
public record ClientSearch(String text, Long clinicianId, boolean openFlagsOnly, boolean lowAdherenceOnly) {

    public static ClientSearch all() {
        return new ClientSearch(null, null, false, false);
    }
}
