package com.milestonerecovery.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsultationValidatorTest {

    private final ConsultationValidator validator = new ConsultationValidator();

    static ConsultationForm form(String name, ContactMethod method, String phone, String email, boolean consent) {
        return new ConsultationForm(UUID.randomUUID().toString(), name, method, phone, email, "mornings", true,
                Set.of(Concern.CRAVINGS), "none", "hello", "a friend", consent, null, "en");
    }

    @Test
    void normalizesAUsPhoneNumberToE164AndTrimsText() {
        ValidConsultation valid = validator.validate(form("  J.D. ", ContactMethod.PHONE, "(602) 555-0123", "", true));
        assertThat(valid.phone()).isEqualTo("+16025550123");
        assertThat(valid.preferredName()).isEqualTo("J.D.");
        assertThat(valid.email()).isNull();
    }

    @Test
    void acceptsInternationalNumbersWithACountryCode() {
        ValidConsultation valid = validator.validate(form("A", ContactMethod.PHONE, "+52 55 1234 5678", null, true));
        assertThat(valid.phone()).isEqualTo("+525512345678");
    }

    @Test
    void lowerCasesEmail() {
        ValidConsultation valid = validator.validate(form("A", ContactMethod.EMAIL, null, "Person@Example.COM", true));
        assertThat(valid.email()).isEqualTo("person@example.com");
    }

    @Test
    void namesEveryMissingRequiredField() {
        assertThatThrownBy(() -> validator.validate(form(" ", null, null, null, false)))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("preferredName", "contactMethod", "consent"));
    }

    @Test
    void requiresTheContactDetailForTheChosenMethod() {
        assertThatThrownBy(() -> validator.validate(form("A", ContactMethod.EITHER, "", "", true)))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(new FieldError("phone", "consultation.error.phoneRequired"),
                                new FieldError("email", "consultation.error.emailRequired")));
    }

    @Test
    void rejectsInvalidPhoneAndEmail() {
        assertThatThrownBy(() -> validator.validate(form("A", ContactMethod.EITHER, "12345", "not-an-email", true)))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(new FieldError("phone", "consultation.error.phoneInvalid"),
                                new FieldError("email", "consultation.error.emailInvalid")));
        assertThatThrownBy(() -> validator.validate(form("A", ContactMethod.EMAIL, null, "a@b", true)))
                .isInstanceOf(InvalidConsultationException.class);
        assertThatThrownBy(() -> validator.validate(form("A", ContactMethod.EMAIL, null,
                "Name <a@example.com>", true))).isInstanceOf(InvalidConsultationException.class);
    }

    @Test
    void rejectsOversizedTextAndControlCharacters() {
        ConsultationForm tooLong = new ConsultationForm(UUID.randomUUID().toString(), "x".repeat(81),
                ContactMethod.PHONE, "6025550123", null, null, false, Set.of(), null, "m".repeat(2001), null, true,
                null, "en");
        assertThatThrownBy(() -> validator.validate(tooLong))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(new FieldError("preferredName", "consultation.error.nameTooLong"),
                                new FieldError("message", "consultation.error.messageTooLong")));
        ConsultationForm control = new ConsultationForm(UUID.randomUUID().toString(), "A\u0000B",
                ContactMethod.PHONE, "6025550123", null, null, false, Set.of(), null, "line one\nline two", null,
                true, null, "en");
        assertThatThrownBy(() -> validator.validate(control))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("preferredName", "consultation.error.characters")));
    }

    @Test
    void keepsHtmlAndUnicodeExactlyAsTyped() {
        ConsultationForm form = new ConsultationForm(UUID.randomUUID().toString(), "<script>alert(1)</script>",
                ContactMethod.PHONE, "6025550123", null, null, false, Set.of(), null, "José 💙 ' OR 1=1 --", null,
                true, null, "es");
        ValidConsultation valid = validator.validate(form);
        assertThat(valid.preferredName()).isEqualTo("<script>alert(1)</script>");
        assertThat(valid.message()).isEqualTo("José 💙 ' OR 1=1 --");
        assertThat(valid.language()).isEqualTo("es");
    }

    @Test
    void rejectsAMissingOrForgedSubmissionToken() {
        ConsultationForm form = new ConsultationForm("x", "A", ContactMethod.PHONE, "6025550123", null, null, false,
                Set.of(), null, null, null, true, null, "en");
        assertThatThrownBy(() -> validator.validate(form))
                .isInstanceOfSatisfying(InvalidConsultationException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("form", "consultation.error.form")));
    }
}
