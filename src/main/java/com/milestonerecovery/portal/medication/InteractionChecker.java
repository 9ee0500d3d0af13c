package com.milestonerecovery.portal.medication;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.security.Roles;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a proposed set of medications against the curated rule table in the database. Supports, and does not
 * replace, clinical and pharmacist judgment: the plan editor shows every warning and asks why to proceed.
 */
@Service
public class InteractionChecker {

    private final InteractionRuleTable table;
    private volatile InteractionRules rules;

    InteractionChecker(InteractionRuleTable table) {
        this.table = table;
    }

    /** At start-up: the reviewed rule files into the database, then the rules from the database into memory. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void reload() {
        table.sync();
        InteractionRules loaded = table.load();
        if (loaded.rules().isEmpty()) {
            throw new IllegalStateException("no interaction rules in the database: refusing to check without them");
        }
        rules = loaded;
    }

    @PreAuthorize(Roles.HAS_STAFF)
    public List<InteractionWarning> check(Collection<String> medicationSlugs, Locale locale) {
        if (rules == null) {
            reload(); // asked before the application was ready
        }
        return rules.check(medicationSlugs, locale);
    }
}
