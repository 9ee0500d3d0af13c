package com.milestonerecovery.portal.base;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one rule for text that people type (notes, reasons, names, purposes). A rule is a field's shape: one line
 * or several, and how long it may be. Applying it
 * <ul>
 * <li>strips leading and trailing white space ({@link String#strip()});</li>
 * <li>treats blank text as missing: {@link #optional} gives null, {@link #required} refuses it;</li>
 * <li>counts the length in Unicode code points, as MariaDB counts a {@code VARCHAR}'s characters: an emoji is
 * one, a Spanish "ñ" is one (in its composed form, which browsers send);</li>
 * <li>refuses text with characters that never belong in what a person typed: control characters (C0, DEL and
 * C1) other than tab, carriage return and line feed in multi-line fields, and all of them in single-line fields
 * (tab included: a one-line field has no use for it); unpaired surrogates; the bidirectional embedding, override
 * and isolate controls U+202A to U+202E and U+2066 to U+2069 (they can make text read differently from how it
 * is stored); the line and paragraph separators U+2028 and U+2029 and the byte-order mark U+FEFF.</li>
 * </ul>
 * A refusal is a {@link RuleViolation} with the caller's own message key (and {@link #CHARACTERS_KEY} for
 * characters, which most fields' messages do not mention), or the caller's own exception when the caller's
 * messages already cover every problem. The refusal never carries the text itself.
 */
public record FreeText(int min, int max, boolean multiLine) {

    /** The message for text refused for its characters, when the field's own message speaks only of length. */
    public static final String CHARACTERS_KEY = "freetext.error.characters";

    /** What is wrong with a value under a rule. */
    public enum Problem {
        /** Blank or null. */
        MISSING,
        /** Fewer code points than the rule's minimum (after stripping). */
        TOO_SHORT,
        /** More code points than the rule's maximum (after stripping). */
        TOO_LONG,
        /** A character that never belongs in typed text (see the class comment). */
        CHARACTERS
    }

    public FreeText {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("need 1 <= min <= max");
        }
    }

    /** A one-line field of at most {@code max} code points. */
    public static FreeText line(int max) {
        return new FreeText(1, max, false);
    }

    /** A multi-line field (tab and line breaks allowed) of at most {@code max} code points. */
    public static FreeText lines(int max) {
        return new FreeText(1, max, true);
    }

    /** The same rule, needing at least {@code min} code points when the text is given. */
    public FreeText atLeast(int min) {
        return new FreeText(min, max, multiLine);
    }

    /** The stripped text, or null when it is null or blank. */
    public static String stripToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** What is wrong with {@code value}, or null when it is acceptable as required text. */
    public Problem problem(String value) {
        String text = stripToNull(value);
        if (text == null) {
            return Problem.MISSING;
        }
        int length = text.codePointCount(0, text.length());
        if (length < min) {
            return Problem.TOO_SHORT;
        }
        if (length > max) {
            return Problem.TOO_LONG;
        }
        return allowedCharacters(text) ? null : Problem.CHARACTERS;
    }

    /**
     * The stripped text. Refuses missing, too short or too long text with {@code RuleViolation(messageKey,
     * arguments)}, and text with characters that do not belong with {@code RuleViolation(}{@link #CHARACTERS_KEY}
     * {@code )}.
     */
    public String required(String value, String messageKey, Object... arguments) {
        Problem problem = problem(value);
        if (problem != null) {
            throw violation(problem, messageKey, arguments);
        }
        return value.strip();
    }

    /** The stripped text; the exception {@code refusal} gives when it is missing or breaks the rule in any way. */
    public <X extends RuntimeException> String required(String value, Supplier<X> refusal) {
        if (problem(value) != null) {
            throw refusal.get();
        }
        return value.strip();
    }

    /**
     * The stripped text, or null when it is null or blank. Refuses too long text with {@code RuleViolation(
     * messageKey, arguments)}, and text with characters that do not belong with {@code RuleViolation(}
     * {@link #CHARACTERS_KEY}{@code )}.
     */
    public String optional(String value, String messageKey, Object... arguments) {
        Problem problem = problem(value);
        if (problem == Problem.MISSING) {
            return null;
        }
        if (problem != null) {
            throw violation(problem, messageKey, arguments);
        }
        return value.strip();
    }

    /**
     * The stripped text, or null when it is null or blank; the exception {@code refusal} gives when it is given and
     * breaks the rule in any way.
     */
    public <X extends RuntimeException> String optional(String value, Supplier<X> refusal) {
        Problem problem = problem(value);
        if (problem == Problem.MISSING) {
            return null;
        }
        if (problem != null) {
            throw refusal.get();
        }
        return value.strip();
    }

    /**
     * The stripped text, or null when it is null or blank. Refuses text that breaks the rule with the caller's own
     * exception, made from {@code messageKey} (too long) or {@link #CHARACTERS_KEY} (characters).
     */
    public <X extends RuntimeException> String optional(String value, String messageKey,
            Function<String, X> refusal) {
        Problem problem = problem(value);
        if (problem == Problem.MISSING) {
            return null;
        }
        if (problem != null) {
            throw refusal.apply(messageKey(problem, messageKey));
        }
        return value.strip();
    }

    /** The message key for a problem: {@link #CHARACTERS_KEY} for characters, else the field's own key. */
    static String messageKey(Problem problem, String fieldKey) {
        return problem == Problem.CHARACTERS ? CHARACTERS_KEY : fieldKey;
    }

    private static RuleViolation violation(Problem problem, String messageKey, Object[] arguments) {
        return problem == Problem.CHARACTERS ? new RuleViolation(CHARACTERS_KEY) : new RuleViolation(messageKey,
                arguments);
    }

    /** True when every character of {@code text} may appear in a field of this shape. */
    public boolean allowedCharacters(String text) {
        return text.codePoints().allMatch(this::allowed);
    }

    private boolean allowed(int cp) {
        if (Character.isISOControl(cp)) {
            return multiLine && (cp == '\t' || cp == '\n' || cp == '\r');
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false; // codePoints() yields a surrogate only when it is unpaired
        }
        return !(cp >= 0x202A && cp <= 0x202E) && !(cp >= 0x2066 && cp <= 0x2069)
                && cp != 0x2028 && cp != 0x2029 && cp != 0xFEFF;
    }
}
