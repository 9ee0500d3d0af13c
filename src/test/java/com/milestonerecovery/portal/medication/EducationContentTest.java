package com.milestonerecovery.portal.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class EducationContentTest {

    private final EducationContent content = new EducationContent();

    @Test
    void rendersMarkdownButNeverRawHtmlOrScriptLinks() {
        String html = content.article("escaping-check", Locale.ENGLISH).orElseThrow();
        assertThat(html).contains("<h2>Heading</h2>", "<strong>bold</strong>")
                .doesNotContain("<script>", "javascript:")
                .contains("&lt;script&gt;");
    }

    @Test
    void everyCatalogMedicationHasBothLanguagesWithTheSixSections() {
        for (String slug : new String[] {"buprenorphine-naloxone", "methadone", "naltrexone", "sertraline",
                "ramelteon", "hydroxyzine", "naloxone", "lorazepam"}) {
            assertThat(content.medication(slug, Locale.ENGLISH).orElseThrow())
                    .contains("What it is for", "How to take it", "If you miss a dose", "What to avoid");
            assertThat(content.medication(slug, Locale.forLanguageTag("es")).orElseThrow())
                    .contains("Para qué sirve", "Cómo tomarlo", "Si olvida una dosis");
        }
    }

    @Test
    void unknownOrMalformedSlugsFindNothing() {
        assertThat(content.medication("no-such-medication", Locale.ENGLISH)).isEmpty();
        assertThat(content.medication("../../application", Locale.ENGLISH)).isEmpty();
    }
}
