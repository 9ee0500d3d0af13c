package com.milestonerecovery.portal.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithMockUser;

/** Consultation intake on the real database, with the mail it causes delivered to a real SMTP server. */
@IntegrationTest
class ConsultationServiceIT {

    private static final String INTAKE = "intake@milestonerecovery.example";

    @Autowired
    ConsultationService consultations;
    @Autowired
    SubmissionRateLimiter rateLimiter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void setUp() {
        rateLimiter.reset();
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    private static ConsultationForm form(String name, String email, boolean mayIdentify, String message) {
        return new ConsultationForm(UUID.randomUUID().toString(), name, ContactMethod.EITHER, "602-555-0142", email,
                "weekday mornings", mayIdentify, EnumSet.of(Concern.CRAVINGS, Concern.WITHDRAWAL),
                "buprenorphine 8 mg, sertraline", message, "a friend", true, null, "en");
    }

    @Test
    void storesANewRequestWithAnUnguessableReference() {
        SubmissionReceipt receipt = consultations.submit(form("R.K.", "rk@test.invalid", false, "hi"), "192.0.2.10");

        assertThat(receipt.reference()).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(jdbc.queryForObject("select status from consultation_request where reference = ?", String.class,
                receipt.reference())).isEqualTo("NEW");
        assertThat(jdbc.queryForObject("select phone from consultation_request where reference = ?", String.class,
                receipt.reference())).isEqualTo("+16025550142");
        assertThat(jdbc.queryForObject("""
                select count(*) from consultation_concern c join consultation_request r
                on r.id = c.consultation_request_id where r.reference = ?""", Integer.class, receipt.reference()))
                .isEqualTo(2);
    }

    @Test
    void theSameFormSubmittedTwiceIsOneRequest() {
        ConsultationForm form = form("Twice", "twice@test.invalid", false, null);
        SubmissionReceipt first = consultations.submit(form, "192.0.2.11");
        SubmissionReceipt second = consultations.submit(form, "192.0.2.11");

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from consultation_request where submission_token = ?",
                Integer.class, form.submissionToken())).isEqualTo(1);
    }

    @Test
    void sixRequestsInAnHourFromOneAddressGetTheLimitAndStoreNothingMore() {
        for (int i = 0; i < 5; i++) {
            consultations.submit(form("Person " + i, "p" + i + "@test.invalid", false, null), "192.0.2.12");
        }
        long before = count();
        assertThatThrownBy(() -> consultations.submit(form("Person 6", "p6@test.invalid", false, null), "192.0.2.12"))
                .isInstanceOf(RateLimitedException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void oneContactIsLimitedEvenFromManyAddresses() {
        for (int i = 0; i < 5; i++) {
            consultations.submit(form("Same", "same@test.invalid", false, null), "198.51.100." + i);
        }
        assertThatThrownBy(() -> consultations.submit(form("Same", "same@test.invalid", false, null), "203.0.113.9"))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void invalidInputChangesNothing() {
        long before = count();
        ConsultationForm bad = new ConsultationForm(UUID.randomUUID().toString(), "x".repeat(5000),
                ContactMethod.EMAIL, null, "nope", null, false, Set.of(), "m".repeat(100_000), null, null, false, null,
                "en");
        assertThatThrownBy(() -> consultations.submit(bad, "192.0.2.13")).isInstanceOf(InvalidConsultationException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aFilledHoneypotStoresAndSendsNothing() {
        long before = count();
        ConsultationForm bot = new ConsultationForm(UUID.randomUUID().toString(), "Bot", ContactMethod.EMAIL, null,
                "bot@test.invalid", null, true, Set.of(), null, null, null, true, "http://spam.example", "en");
        assertThat(consultations.submit(bot, "192.0.2.14").reference()).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void scriptIsStoredExactlyAsTyped() {
        String payload = "<script>alert(1)</script>";
        SubmissionReceipt receipt = consultations.submit(form(payload, "xss@test.invalid", false, payload),
                "192.0.2.15");
        assertThat(jdbc.queryForObject("select preferred_name from consultation_request where reference = ?",
                String.class, receipt.reference())).isEqualTo(payload);
        // The message is encrypted at rest: exactly as typed once decrypted.
        assertThat(cipher.decrypt(jdbc.queryForObject("select message from consultation_request where reference = ?",
                String.class, receipt.reference()))).isEqualTo(payload);
    }

    @Test
    void bothEmailsArriveWithTheReferenceAndNoHealthDetail() {
        SubmissionReceipt receipt = consultations.submit(
                form("Casey Q", "casey@test.invalid", true, "I relapsed on opioids last week"), "192.0.2.16");

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.count("casey@test.invalid") == 1
                && intakeNoticeFor(receipt.reference()).isPresent());
        MimeMessage toRequester = smtp.messagesTo("casey@test.invalid")[0];
        MimeMessage toIntake = intakeNoticeFor(receipt.reference()).orElseThrow();

        assertThat(TestSmtp.text(toRequester)).contains(receipt.reference());
        assertThat(TestSmtp.text(toIntake)).contains(receipt.reference()).contains("/staff/consultations");
        for (MimeMessage mail : new MimeMessage[] {toRequester, toIntake}) {
            assertThat(TestSmtp.text(mail).toLowerCase())
                    .doesNotContain("casey", "relapse", "opioid", "buprenorphine", "sertraline", "craving",
                            "withdrawal", "addiction", "substance", "mental health", "555-0142", "weekday", "friend");
        }
        assertThat(TestSmtp.text(toIntake).toLowerCase()).doesNotContain("recovery", "casey@test.invalid");
    }

    @Test
    void noConfirmationEmailWithoutPermissionToMentionTheClinic() {
        SubmissionReceipt receipt = consultations.submit(form("Quiet", "quiet@test.invalid", false, null),
                "192.0.2.17");
        await().atMost(Duration.ofSeconds(20)).until(() -> intakeNoticeFor(receipt.reference()).isPresent());
        assertThat(smtp.count("quiet@test.invalid")).isZero();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theCareTeamSeesNewRequestsAtOnce() {
        SubmissionReceipt receipt = consultations.submit(form("Listed", "listed@test.invalid", false, null),
                "192.0.2.18");
        var page = consultations.list(ConsultationStatus.NEW,
                PageRequest.of(0, 50, org.springframework.data.domain.Sort.by("createdAt").descending()));
        assertThat(page.getContent()).extracting(ConsultationSummary::reference).contains(receipt.reference());
        ConsultationDetail detail = consultations.get(page.getContent().stream()
                .filter(s -> s.reference().equals(receipt.reference())).findFirst().orElseThrow().id());
        assertThat(detail.concerns()).containsExactlyInAnyOrder(Concern.CRAVINGS, Concern.WITHDRAWAL);
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "CLIENT"})
    void adminsAndClientsCannotReadRequests() {
        assertThatThrownBy(() -> consultations.list(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> consultations.get(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anonymousCannotReadRequests() {
        assertThatThrownBy(() -> consultations.list(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationException.class);
    }

    /** Earlier tests' notices may still be arriving: pick the one about this request. */
    private Optional<MimeMessage> intakeNoticeFor(String reference) {
        return Arrays.stream(smtp.messagesTo(INTAKE)).filter(m -> TestSmtp.text(m).contains(reference)).findFirst();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from consultation_request", Long.class);
    }
}
