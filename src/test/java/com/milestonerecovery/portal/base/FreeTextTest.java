package com.milestonerecovery.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.milestonerecovery.portal.base.FreeText.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

    private static final FreeText LINE = FreeText.line(20);
    private static final FreeText LINES = FreeText.lines(20);

    @Test
    void stripsLeadingAndTrailingWhiteSpaceAndKeepsTheInside() {
        assertThat(LINE.required("  \t Valley  Pharmacy \n ", "k")).isEqualTo("Valley  Pharmacy");
        assertThat(LINES.required("\r\n first\nsecond \r\n", "k")).isEqualTo("first\nsecond");
        assertThat(LINE.optional(" x ", "k")).isEqualTo("x");
    }

    @Test
    void blankIsMissing() {
        for (String blank : new String[] {null, "", "   ", "\t\r\n", "\u2003\u3000"}) {
            assertThat(LINES.problem(blank)).as("[%s]", blank).isEqualTo(Problem.MISSING);
            assertThat(LINES.optional(blank, "k")).isNull();
            assertThat(FreeText.stripToNull(blank)).isNull();
            assertThatThrownBy(() -> LINES.required(blank, "field.required", 20))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("field.required");
                        assertThat(e.arguments()).containsExactly(20);
                    });
        }
    }

    @Test
    void emojiIsAcceptedAndCountsAsOneCharacterEach() {
        String emoji = "Good day 😀👍🏽 👩🏽‍⚕️";
        assertThat(LINE.required(emoji, "k")).isEqualTo(emoji);
        assertThat(LINES.required("Felt 😀\nslept 💤", "k")).isEqualTo("Felt 😀\nslept 💤");
        // 20 emoji are 40 UTF-16 chars but 20 code points: the limit is in code points, as MariaDB counts.
        String twenty = "😀".repeat(20);
        assertThat(twenty.length()).isEqualTo(40);
        assertThat(LINE.problem(twenty)).isNull();
        assertThat(LINE.problem(twenty + "😀")).isEqualTo(Problem.TOO_LONG);
    }

    @Test
    void spanishAccentsAndOtherScriptsAreAccepted() {
        assertThat(FreeText.lines(200).required("¿Cómo está? Señora Núñez, añadió «pingüino» ¡Olé!", "k"))
                .isEqualTo("¿Cómo está? Señora Núñez, añadió «pingüino» ¡Olé!");
        assertThat(LINE.required("Zoë Ångström 中文", "k")).isEqualTo("Zoë Ångström 中文");
        assertThat(LINE.required("e\u0301 combining", "k")).isEqualTo("e\u0301 combining");
        // Joiners and right-to-left marks are ordinary parts of text, unlike overrides.
        assertThat(LINE.problem("\u05E9\u05DC\u05D5\u05DD\u200F a\u200Db")).isNull();
    }

    @Test
    void lengthIsCountedAfterStrippingWithTheCallersKeyAndArguments() {
        FreeText rule = FreeText.lines(10).atLeast(3);
        assertThat(rule.problem("  ab  ")).isEqualTo(Problem.TOO_SHORT);
        assertThat(rule.problem("  abc  ")).isNull();
        assertThat(rule.problem("   " + "ñ".repeat(10) + "   ")).isNull();
        assertThat(rule.problem("ñ".repeat(11))).isEqualTo(Problem.TOO_LONG);
        assertThatThrownBy(() -> rule.required("ab", "reason.key", 3, 10))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reason.key");
                    assertThat(e.arguments()).containsExactly(3, 10);
                });
        assertThatThrownBy(() -> rule.optional("x".repeat(11), "reason.key"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("reason.key"));
        // Optional text has no minimum when it is not given at all.
        assertThat(rule.optional("   ", "reason.key")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before\u0000after", "bell\u0007", "escape\u001B[31m", "delete\u007F", "c1\u0085next",
            "c1\u009Bcsi", "vertical\u000Btab", "form\u000Cfeed"})
    void controlCharactersAreRefusedInEveryField(String text) {
        assertThat(LINE.problem(text)).isEqualTo(Problem.CHARACTERS);
        assertThat(LINES.problem(text)).isEqualTo(Problem.CHARACTERS);
        assertThatThrownBy(() -> LINES.required(text, "field.key"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo(FreeText.CHARACTERS_KEY));
    }

    @Test
    void tabAndLineBreaksAreAllowedOnlyInMultiLineFields() {
        for (String text : new String[] {"one\ntwo", "one\r\ntwo", "one\rtwo", "name\tvalue"}) {
            assertThat(LINES.problem(text)).as(text).isNull();
            assertThat(LINE.problem(text)).as(text).isEqualTo(Problem.CHARACTERS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"high \uD83D alone", "low \uDE00 alone", "reversed \uDE00\uD83D", "ends high \uD83D x"})
    void unpairedSurrogatesAreRefused(String text) {
        assertThat(LINES.problem(text)).isEqualTo(Problem.CHARACTERS);
        assertThat(LINES.problem("paired \uD83D\uDE00 fine")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice\u202Etxt.exe", "a\u202Ab", "a\u202Bb", "a\u202Cb", "a\u202Db", "a\u2066b",
            "a\u2067b", "a\u2068b", "a\u2069b"})
    void bidiEmbeddingOverrideAndIsolateControlsAreRefused(String text) {
        assertThat(LINE.problem(text)).isEqualTo(Problem.CHARACTERS);
        assertThat(LINES.problem(text)).isEqualTo(Problem.CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\u2028separator", "para\u2029separator", "zero\uFEFFwidth"})
    void unicodeLineSeparatorsAndTheByteOrderMarkAreRefused(String text) {
        assertThat(LINES.problem(text)).isEqualTo(Problem.CHARACTERS);
    }

    @Test
    void aCallersOwnExceptionIsUsedForEveryProblem() {
        class Refused extends RuntimeException {
        }
        assertThatThrownBy(() -> LINE.required("  ", Refused::new)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> LINE.required("x".repeat(21), Refused::new)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> LINE.optional("a\u0000b", Refused::new)).isInstanceOf(Refused.class);
        assertThat(LINE.optional(null, Refused::new)).isNull();
        assertThat(LINE.required(" fine ", Refused::new)).isEqualTo("fine");
        assertThat(FreeText.messageKey(Problem.CHARACTERS, "own")).isEqualTo(FreeText.CHARACTERS_KEY);
        assertThat(FreeText.messageKey(Problem.TOO_LONG, "own")).isEqualTo("own");
    }

    @Test
    void theMessageKeyExistsInEnglishAndSpanish() throws Exception {
        for (String bundle : new String[] {"i18n/freetext.properties", "i18n/freetext_es.properties"}) {
            var properties = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(properties.getProperty(FreeText.CHARACTERS_KEY)).as(bundle).isNotBlank();
            assertThat(properties.getProperty("freetext.error.length")).as(bundle).contains("{0}");
        }
    }

    @Test
    void aRuleNeedsASensibleRange() {
        assertThatThrownBy(() -> FreeText.line(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FreeText.line(5).atLeast(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
