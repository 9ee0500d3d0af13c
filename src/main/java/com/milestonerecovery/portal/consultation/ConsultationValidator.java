package com.milestonerecovery.portal.consultation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.milestonerecovery.portal.base.FreeText;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The server's rules for a consultation request. The browser's checks are a courtesy; these decide.
 * Every error names a field and a message that says what to fix.
 */
final class ConsultationValidator {

    static final int NAME_MAX = 80;
    static final int BEST_TIMES_MAX = 200;
    static final int MEDICATIONS_MAX = 1000;
    static final int MESSAGE_MAX = 2000;
    static final int REFERRAL_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final String DEFAULT_REGION = "US";

    private static final FreeText NAME = FreeText.line(NAME_MAX);
    private static final FreeText BEST_TIMES = FreeText.line(BEST_TIMES_MAX);
    private static final FreeText MEDICATIONS = FreeText.lines(MEDICATIONS_MAX);
    private static final FreeText MESSAGE = FreeText.lines(MESSAGE_MAX);
    private static final FreeText REFERRAL = FreeText.line(REFERRAL_MAX);
    private static final FreeText EMAIL_TEXT = FreeText.line(EMAIL_MAX);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{16,64}");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    ValidConsultation validate(ConsultationForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form == null) {
            throw new InvalidConsultationException(List.of(new FieldError("form", "consultation.error.form")));
        }
        if (form.submissionToken() == null || !TOKEN.matcher(form.submissionToken()).matches()) {
            errors.add(new FieldError("form", "consultation.error.form"));
        }
        String name = text(form.preferredName(), NAME, true, "preferredName", "consultation.error.name", errors);
        ContactMethod method = form.contactMethod();
        if (method == null) {
            errors.add(new FieldError("contactMethod", "consultation.error.contactMethod"));
        }
        String phone = null;
        String rawPhone = FreeText.stripToNull(form.phone());
        if (rawPhone != null || (method != null && method.usesPhone())) {
            phone = phone(rawPhone, method != null && method.usesPhone(), "consultation.error.phoneRequired", errors);
        }
        String email = null;
        String rawEmail = FreeText.stripToNull(form.email());
        if (rawEmail != null || (method != null && method.usesEmail())) {
            email = email(rawEmail, method != null && method.usesEmail(), "consultation.error.emailRequired", errors);
        }
        String bestTimes = text(form.bestTimes(), BEST_TIMES, false, "bestTimes", "consultation.error.bestTimes",
                errors);
        String medications = text(form.currentMedications(), MEDICATIONS, false, "currentMedications",
                "consultation.error.medications", errors);
        String message = text(form.message(), MESSAGE, false, "message", "consultation.error.message", errors);
        String referral = text(form.referralSource(), REFERRAL, false, "referralSource",
                "consultation.error.referral", errors);
        if (!form.consent()) {
            errors.add(new FieldError("consent", "consultation.error.consent"));
        }
        String language = "es".equals(form.language()) ? "es" : "en";
        if (!errors.isEmpty()) {
            throw new InvalidConsultationException(errors);
        }
        return new ValidConsultation(form.submissionToken(), name, method, phone, email, bestTimes,
                form.mayIdentifyClinic(),
                form.concerns() == null || form.concerns().isEmpty() ? EnumSet.noneOf(Concern.class)
                        : EnumSet.copyOf(form.concerns()),
                medications, message, referral, language);
    }

    /**
     * Text under {@code rule} (see {@link FreeText}: stripped, length in code points, no control or bidi-override
     * characters); on a problem an error for {@code field} with the key {@code key + "Required"} or
     * {@code key + "TooLong"}, or {@code consultation.error.characters}, and null.
     */
    static String text(String value, FreeText rule, boolean required, String field, String key,
            List<FieldError> errors) {
        FreeText.Problem problem = rule.problem(value);
        if (problem == null) {
            return value.strip();
        }
        switch (problem) {
            case MISSING -> {
                if (required) {
                    errors.add(new FieldError(field, key + "Required"));
                }
            }
            case TOO_SHORT -> errors.add(new FieldError(field, key + "Required"));
            case TOO_LONG -> errors.add(new FieldError(field, key + "TooLong"));
            case CHARACTERS -> errors.add(new FieldError(field, "consultation.error.characters"));
        }
        return null;
    }

    /** A phone number as E.164 (US by default), or null with an error for the field "phone". */
    String phone(String raw, boolean required, String requiredKey, List<FieldError> errors) {
        if (raw == null) {
            if (required) {
                errors.add(new FieldError("phone", requiredKey));
            }
            return null;
        }
        if (raw.length() > PHONE_MAX) {
            errors.add(new FieldError("phone", "consultation.error.phoneInvalid"));
            return null;
        }
        try {
            PhoneNumber number = phones.parse(raw, DEFAULT_REGION);
            if (!phones.isValidNumber(number)) {
                errors.add(new FieldError("phone", "consultation.error.phoneInvalid"));
                return null;
            }
            return phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            errors.add(new FieldError("phone", "consultation.error.phoneInvalid"));
            return null;
        }
    }

    /** A single plain address, lower-cased, or null with an error for the field "email". */
    static String email(String raw, boolean required, String requiredKey, List<FieldError> errors) {
        if (raw == null) {
            if (required) {
                errors.add(new FieldError("email", requiredKey));
            }
            return null;
        }
        if (raw.length() > EMAIL_MAX || !EMAIL_TEXT.allowedCharacters(raw)) {
            errors.add(new FieldError("email", "consultation.error.emailInvalid"));
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(raw, true);
            address.validate();
            String value = address.getAddress();
            if (!value.equals(raw) || !value.contains("@") || !value.substring(value.indexOf('@')).contains(".")) {
                errors.add(new FieldError("email", "consultation.error.emailInvalid"));
                return null;
            }
            return value.toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            errors.add(new FieldError("email", "consultation.error.emailInvalid"));
            return null;
        }
    }

}
