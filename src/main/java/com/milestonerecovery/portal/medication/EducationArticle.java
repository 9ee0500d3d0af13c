package com.milestonerecovery.portal.medication;

/**
 * One education article, already rendered to safe HTML from our own Markdown content (raw HTML in the
 * source is escaped, links are sanitized). {@code medication} is true for articles about a medication in
 * the client's plan.
 */
public record EducationArticle(String key, String title, String html, boolean medication) {
}
