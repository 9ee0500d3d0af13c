package com.milestonerecovery.portal.medication;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.security.Roles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a proposed set of medications against the curated rule table. Supports, and does not replace,
 * clinical and pharmacist judgment: the plan editor shows every warning and asks why to proceed.
 */
@Service
public class InteractionChecker {

    private final InteractionRules rules;

    InteractionChecker() throws IOException {
        try (InputStream tags = new ClassPathResource("reference/medication-tags.csv").getInputStream();
                InputStream table = new ClassPathResource("reference/interaction-rules.csv").getInputStream()) {
            this.rules = InteractionRules.load(tags, table);
        }
    }

    @PreAuthorize(Roles.HAS_STAFF)
    public List<InteractionWarning> check(Collection<String> medicationSlugs, Locale locale) {
        return rules.check(medicationSlugs, locale);
    }
}
