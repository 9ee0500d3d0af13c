package com.milestonerecovery.portal.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the curated table, with a combination that triggers it (and the table's own checks). */
class InteractionRulesTest {

    private static InteractionRules rules;

    @BeforeAll
    static void load() throws IOException {
        rules = loadWith("");
    }

    /** The shipped table, plus extra tag lines for medicines the catalog does not carry (a tricyclic). */
    private static InteractionRules loadWith(String extraTags) throws IOException {
        try (InputStream tags = InteractionRulesTest.class.getResourceAsStream("/reference/medication-tags.csv");
                InputStream table = InteractionRulesTest.class.getResourceAsStream("/reference/interaction-rules.csv")) {
            String tagText = new String(tags.readAllBytes(), StandardCharsets.UTF_8) + extraTags;
            return InteractionRules.load(new ByteArrayInputStream(tagText.getBytes(StandardCharsets.UTF_8)), table);
        }
    }

    private static Set<String> codes(List<InteractionWarning> warnings) {
        return warnings.stream().map(InteractionWarning::ruleCode).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource({
            "OPIOID_BENZO, buprenorphine-naloxone, lorazepam, BOXED_WARNING",
            "OPIOID_BENZO, methadone, clonazepam, BOXED_WARNING",
            "OPIOID_CNS, methadone, zolpidem, BOXED_WARNING",
            "OPIOID_CNS, buprenorphine, gabapentin, BOXED_WARNING",
            "NALTREXONE_OPIOID, naltrexone, buprenorphine-naloxone, CONTRAINDICATED",
            "NALTREXONE_OPIOID, naltrexone-er, methadone, CONTRAINDICATED",
            "METHADONE_QT, methadone, escitalopram, MAJOR",
            "METHADONE_QT, methadone, quetiapine, MAJOR",
            "OPIOID_SEROTONERGIC, buprenorphine-naloxone, sertraline, MODERATE",
            "MAOI_SSRI, phenelzine, fluoxetine, CONTRAINDICATED",
            "MAOI_SNRI, phenelzine, venlafaxine, CONTRAINDICATED",
            "MAOI_TCA, phenelzine, amitriptyline, CONTRAINDICATED",
            "MAOI_METHADONE, phenelzine, methadone, CONTRAINDICATED",
            "RAMELTEON_FLUVOXAMINE, ramelteon, fluvoxamine, CONTRAINDICATED",
            "SAME_SSRI, sertraline, escitalopram, MAJOR",
            "SAME_BENZODIAZEPINE, clonazepam, lorazepam, MAJOR",
            "SAME_OPIOID_AGONIST, buprenorphine, methadone, MAJOR",
            "SAME_OPIOID_ANTAGONIST, naltrexone, naltrexone-er, MODERATE"})
    void eachRuleFiresForItsCombinationInEitherOrder(String code, String first, String second,
            InteractionSeverity severity) throws IOException {
        InteractionRules withTricyclic = loadWith("amitriptyline,TRICYCLIC\n");
        for (List<String> plan : List.of(List.of(first, second), List.of(second, first))) {
            List<InteractionWarning> warnings = withTricyclic.check(plan, Locale.ENGLISH);
            assertThat(warnings).filteredOn(w -> w.ruleCode().equals(code)).hasSize(1)
                    .allSatisfy(w -> {
                        assertThat(w.severity()).isEqualTo(severity);
                        assertThat(w.reason()).isNotBlank();
                        assertThat(w.action()).isNotBlank();
                        assertThat(w.source()).isNotBlank();
                    });
        }
    }

    @Test
    void everyRuleInTheTableHasACaseAbove() throws Exception {
        var method = getClass().getDeclaredMethod("eachRuleFiresForItsCombinationInEitherOrder", String.class,
                String.class, String.class, InteractionSeverity.class);
        Set<String> tested = java.util.Arrays.stream(method.getAnnotation(CsvSource.class).value())
                .map(line -> line.split(",")[0].strip()).collect(Collectors.toSet());
        assertThat(tested).containsExactlyInAnyOrderElementsOf(rules.ruleCodes());
    }

    @Test
    void safeCombinationsAndSingleMedicationsRaiseNothing() {
        assertThat(rules.check(List.of("acamprosate", "sertraline"), Locale.ENGLISH)).isEmpty();
        assertThat(rules.check(List.of("buprenorphine-naloxone"), Locale.ENGLISH)).isEmpty();
        assertThat(rules.check(List.of("sertraline", "sertraline"), Locale.ENGLISH)).isEmpty();
        assertThat(rules.check(List.of("naloxone", "buprenorphine-naloxone"), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void mostSeriousFirstAndInTheClinicianLanguage() {
        List<InteractionWarning> warnings = rules.check(List.of("sertraline", "buprenorphine-naloxone", "lorazepam",
                "naltrexone"), Locale.forLanguageTag("es"));
        assertThat(warnings.getFirst().severity()).isEqualTo(InteractionSeverity.CONTRAINDICATED);
        assertThat(codes(warnings)).contains("NALTREXONE_OPIOID", "OPIOID_BENZO", "OPIOID_SEROTONERGIC");
        assertThat(warnings.getFirst().reason()).contains("naltrexona");
    }

    @Test
    void theDemoClientsPlanShowsItsTwoKnownWarnings() {
        Map<String, InteractionSeverity> found = rules.check(List.of("buprenorphine-naloxone", "sertraline",
                "ramelteon", "hydroxyzine"), Locale.ENGLISH).stream()
                .collect(Collectors.toMap(InteractionWarning::ruleCode, InteractionWarning::severity, (a, b) -> a));
        assertThat(found).containsEntry("OPIOID_SEROTONERGIC", InteractionSeverity.MODERATE)
                .containsEntry("OPIOID_CNS", InteractionSeverity.BOXED_WARNING);
    }
}
