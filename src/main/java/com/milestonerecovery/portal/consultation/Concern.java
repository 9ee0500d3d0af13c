package com.milestonerecovery.portal.consultation;

/**
 * Areas of concern a person may name when asking for a consultation: the "signs you may benefit" of the
 * public page. {@link #key()} names their text in the bundles ({@code public.signs.item.<key>}).
 */
public enum Concern {
    CRAVINGS, WITHDRAWAL, MOOD, THERAPY, RELAPSE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
