package com.milestonerecovery.portal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.crypto.FieldCipher;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.TestSmtp;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Check-ins on MariaDB: urgent flags and the clinician's notice, delivered to a real SMTP server. */
@IntegrationTest
class CheckInServiceIT {

    @Autowired
    CheckInService checkIns;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    private final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void start() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private static CheckInForm calm() {
        return new CheckInForm(2, 7, new BigDecimal("7.5"), List.of(), null, null, "Feeling steady", null, null);
    }

    private long flagsFor(String username) {
        return jdbc.queryForObject("""
                select count(*) from urgent_flag f join client c on c.id = f.client_id
                join user_account a on a.id = c.account_id where a.username = ?""", Long.class, username);
    }

    @Test
    @WithUserDetails("client10")
    void aCalmCheckInIsStoredWithoutAlerting() {
        long before = flagsFor("client10");
        CheckInOutcome outcome = checkIns.submit(calm());
        assertThat(outcome.urgent()).isFalse();
        assertThat(flagsFor("client10")).isEqualTo(before);
        // The note is encrypted at rest (base/crypto/FieldCipher): compare after decrypting.
        assertThat(jdbc.queryForList("""
                select k.note from check_in k join client c on c.id = k.client_id
                join user_account a on a.id = c.account_id where a.username = 'client10'
                and k.note is not null""", String.class).stream().map(cipher::decrypt))
                .containsOnlyOnce("Feeling steady");
    }

    @Test
    @WithUserDetails("client11")
    void cravingsOfNineAlertThePrimaryClinicianWithoutHealthDetail() throws Exception {
        // client11 belongs to clinician (odd numbers), whose address is clinician@demo.invalid.
        CheckInOutcome outcome = checkIns.submit(new CheckInForm(9, 3, null, List.of(), null, null,
                "I used again last night and feel hopeless", null, null));
        assertThat(outcome.flags()).containsExactly(FlagReason.HIGH_CRAVINGS);

        await().atMost(Duration.ofSeconds(20)).until(() -> smtp.count("clinician@demo.invalid") >= 1);
        for (MimeMessage mail : smtp.messagesTo("clinician@demo.invalid")) {
            assertThat(TestSmtp.text(mail).toLowerCase()).contains("needs attention", "/staff")
                    .doesNotContain("crav", "hopeless", "used again", "client11", "9", "opioid", "substance");
        }
    }

    @Test
    @WithUserDetails("client12")
    void phq9ItemNineAndASevereSideEffectAreFlagged() {
        long sideEffect = checkIns.status(Locale.ENGLISH).sideEffectOptions().getFirst().id();
        CheckInOutcome outcome = checkIns.submit(new CheckInForm(1, 5, null, List.of(sideEffect), null,
                Severity.SEVERE, null, List.of(0, 0, 0, 0, 0, 0, 0, 0, 1), List.of(1, 1, 1, 1, 1, 0, 0)));
        assertThat(outcome.flags()).containsExactlyInAnyOrder(FlagReason.SELF_HARM_THOUGHTS,
                FlagReason.SEVERE_SIDE_EFFECT);
        assertThat(outcome.phq9().total()).isEqualTo(1);
        assertThat(outcome.gad7().band()).isEqualTo("MILD");
        // Answered today: not offered again for 14 days.
        CheckInStatus after = checkIns.status(Locale.ENGLISH);
        assertThat(after.phq9Due()).isFalse();
        assertThat(after.gad7Due()).isFalse();
    }

    @Test
    @WithUserDetails("client13")
    void invalidInputIsRefusedAndStoresNothing() {
        long before = jdbc.queryForObject("select count(*) from check_in", Long.class);
        assertThatThrownBy(() -> checkIns.submit(new CheckInForm(11, 5, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidCheckInException.class).hasMessage("checkin.error.cravings");
        assertThatThrownBy(() -> checkIns.submit(new CheckInForm(3, -1, null, null, null, null, null, null, null)))
                .isInstanceOf(InvalidCheckInException.class).hasMessage("checkin.error.mood");
        assertThatThrownBy(() -> checkIns.submit(new CheckInForm(3, 3, new BigDecimal("25"), null, null, null, null,
                null, null))).isInstanceOf(InvalidCheckInException.class).hasMessage("checkin.error.sleep");
        assertThatThrownBy(() -> checkIns.submit(new CheckInForm(3, 3, null, null, "rash", null, null, null, null)))
                .isInstanceOf(InvalidCheckInException.class).hasMessage("checkin.error.severity");
        // A side effect id that is not one of this client's own medications.
        long foreign = jdbc.queryForObject("""
                select min(s.id) from medication_side_effect s join medication m on m.id = s.medication_id
                where m.slug = 'phenelzine'""", Long.class);
        assertThatThrownBy(() -> checkIns.submit(new CheckInForm(3, 3, null, List.of(foreign), null, Severity.MILD,
                null, null, null))).isInstanceOf(InvalidCheckInException.class).hasMessage("checkin.error.sideEffect");
        assertThat(jdbc.queryForObject("select count(*) from check_in", Long.class)).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = {"CLINICIAN", "COORDINATOR", "ADMIN"})
    void staffCannotSubmitOrReadClientCheckInForms() {
        assertThatThrownBy(() -> checkIns.submit(calm())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> checkIns.status(Locale.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
