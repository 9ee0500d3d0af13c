package com.milestonerecovery.portal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;
import org.springframework.stereotype.Component;

/**
 * The password policy (OWASP ASVS 2.1): 12 to 128 characters, anything else allowed (spaces too, so
 * passphrases work); refused when it is one of the 10,000 most common passwords of the bundled breach list
 * ({@code security/common-passwords.txt}), also with digits or symbols added at the end, or when it contains
 * the username. Rules by Passay; the strength shown while typing is zxcvbn's estimate.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final WordListDictionary common;
    private final PasswordValidator validator;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    public PasswordPolicy() {
        common = new WordListDictionary(new ArrayWordList(loadList(), false));
        validator = new DefaultPasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new UsernameRule(true, true),
                new DictionaryRule(common));
    }

    /**
     * The message key of the first rule the password breaks, or empty when it is acceptable.
     *
     * @param username the account's username, or null when unknown
     */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("account.password.error.length");
        }
        ValidationResult result = validator.validate(username == null || username.isBlank()
                ? new PasswordData(password) : new PasswordData(username, password));
        if (!result.isValid()) {
            for (RuleResultDetail detail : result.getDetails()) {
                String code = detail.getErrorCode();
                if (code.startsWith("TOO_")) {
                    return Optional.of("account.password.error.length");
                }
                if (code.startsWith("ILLEGAL_USERNAME")) {
                    return Optional.of("account.password.error.same");
                }
            }
            return Optional.of("auth.password.error.common");
        }
        String base = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        if (!base.isEmpty() && common.search(base)) {
            return Optional.of("auth.password.error.common");
        }
        return Optional.empty();
    }

    /** True when the password is on the bundled list of common (breached) passwords. */
    public boolean isCommon(String password) {
        return password != null && common.search(password.toLowerCase(Locale.ROOT));
    }

    /**
     * A 0 (very weak) to 4 (strong) estimate for the feedback shown while typing; a password the policy
     * refuses is never above 1.
     */
    public int strength(String password, String username) {
        if (password == null || password.isEmpty()) {
            return 0;
        }
        String measured = password.length() > MAX_LENGTH ? password.substring(0, MAX_LENGTH) : password;
        int score = zxcvbn.measure(measured, username == null ? List.of() : List.of(username)).getScore();
        return problem(password, username).isPresent() ? Math.min(score, 1) : score;
    }

    private static String[] loadList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
