package com.milestonerecovery.portal.medication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Education text stored as Markdown resource files ({@code content/medications/{slug}.{lang}.md},
 * {@code content/articles/{slug}.{lang}.md}), rendered once with CommonMark. Raw HTML in the files is
 * escaped and URLs sanitized, so even a bad edit to the content cannot inject markup.
 */
@Component
class EducationContent {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final ConcurrentMap<String, Optional<String>> cache = new ConcurrentHashMap<>();

    Optional<String> medication(String slug, Locale locale) {
        return render("content/medications/", slug, locale);
    }

    Optional<String> article(String slug, Locale locale) {
        return render("content/articles/", slug, locale);
    }

    private Optional<String> render(String folder, String slug, Locale locale) {
        if (!slug.matches("[a-z0-9-]{1,60}")) {
            return Optional.empty();
        }
        String language = "es".equals(locale.getLanguage()) ? "es" : "en";
        return cache.computeIfAbsent(folder + slug + "." + language, key -> load(folder, slug, language));
    }

    private Optional<String> load(String folder, String slug, String language) {
        ClassPathResource resource = new ClassPathResource(folder + slug + "." + language + ".md");
        if (!resource.exists() && !"en".equals(language)) {
            resource = new ClassPathResource(folder + slug + ".en.md");
        }
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of("<div class=\"education-text\">" + renderer.render(parser.parse(markdown)) + "</div>");
        } catch (IOException e) {
            throw new IllegalStateException("education content unreadable: " + slug, e);
        }
    }
}
