package com.milestonerecovery.portal.client;

/**
 * How the clinic may reach the client outside the portal: whether to send email reminders at all, and
 * whether emails or voicemails may name the clinic (otherwise they stay generic).
 */
public record ContactPreferences(boolean emailReminders, boolean emailMayNameClinic,
        boolean voicemailMayNameClinic) {
}
