package com.milestonerecovery.portal.medication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.milestonerecovery.portal.security.Roles;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What the client can read: their own medications first, then the general articles. */
@Service
public class EducationService {

    static final List<String> GENERAL_ARTICLES = List.of("holistic-approaches", "sustaining-recovery", "stigma",
            "faq");

    private final MedicationPlanService plans;
    private final EducationContent content;
    private final MessageSource messages;

    EducationService(MedicationPlanService plans, EducationContent content, MessageSource messages) {
        this.plans = plans;
        this.content = content;
        this.messages = messages;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    public List<EducationArticle> myEducation(Locale locale) {
        List<EducationArticle> articles = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PlanItemSummary item : plans.myCurrentItems()) {
            if (seen.add(item.slug())) {
                content.medication(item.slug(), locale).ifPresent(html -> articles.add(
                        new EducationArticle(item.slug(), item.medicationName(), html, true)));
            }
        }
        for (String slug : GENERAL_ARTICLES) {
            content.article(slug, locale).ifPresent(html -> articles.add(new EducationArticle(slug,
                    messages.getMessage("learn.article." + slug, null, slug, locale), html, false)));
        }
        return articles;
    }
}
