package com.milestonerecovery.portal.client;

/**
 * Filters for the clients grid. {@code text} matches the start of the preferred name, or a reference
 * ("C-10002", "10002"); {@code clinicianId} null means the whole clinic. The attention filters are for clinicians.
 */
public record ClientSearch(String text, Long clinicianId, boolean openFlagsOnly, boolean lowAdherenceOnly) {

    /** The longest search text; longer text is cut, as the search field itself does (like the other filters). */
    public static final int TEXT_MAX = 80;

    public ClientSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
    }

    public static ClientSearch all() {
        return new ClientSearch(null, null, false, false);
    }
}
