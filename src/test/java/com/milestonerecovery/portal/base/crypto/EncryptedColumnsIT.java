package com.milestonerecovery.portal.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.milestonerecovery.portal.consultation.Concern;
import com.milestonerecovery.portal.consultation.ConsultationForm;
import com.milestonerecovery.portal.consultation.ConsultationService;
import com.milestonerecovery.portal.consultation.ContactMethod;
import com.milestonerecovery.portal.monitoring.CareTeamNoteService;
import com.milestonerecovery.portal.monitoring.CareTeamReview;
import com.milestonerecovery.portal.monitoring.CheckInForm;
import com.milestonerecovery.portal.monitoring.CheckInService;
import com.milestonerecovery.portal.monitoring.Severity;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The free-text clinical fields (consultation message, check-in note, side-effect description, care-team note)
 * hold no plaintext in their columns, the demo data included, and the application reads them back as typed.
 */
@IntegrationTest
class EncryptedColumnsIT {

    @Autowired
    ConsultationService consultations;
    @Autowired
    CheckInService checkIns;
    @Autowired
    CareTeamNoteService notes;
    @Autowired
    CareTeamReview review;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void typedTextIsStoredEncryptedAndReadBackAsTyped() {
        String marker = "Zebra" + UUID.randomUUID().toString().substring(0, 8);
        String message = marker + " message: I relapsed on opioids <b>last</b> week";
        String note = marker + " note: slept badly, cravings at night";
        String otherSideEffect = marker + " itchy rash";
        String staffNote = marker + " staff: discussed taper";

        String reference = consultations.submit(new ConsultationForm(UUID.randomUUID().toString(), "Crypto Test",
                ContactMethod.EMAIL, null, "crypto@test.invalid", null, false, EnumSet.of(Concern.CRAVINGS), null,
                message, null, true, null, "en"), "192.0.2.77").reference();
        SignedIn.run(users, "client23", () -> checkIns.submit(new CheckInForm(3, 6, null, List.of(),
                otherSideEffect, Severity.MILD, note, null, null)));
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client23'", Long.class);
        SignedIn.run(users, "clinician", () -> notes.add(client, staffNote, false));

        List<String> raw = jdbc.queryForList("""
                select message from consultation_request where reference = ?
                union all select note from check_in where client_id = ? and note is not null
                union all select other_text from side_effect_report where client_id = ? and other_text is not null
                union all select body from care_team_note where client_id = ?""", String.class, reference, client,
                client, client);
        assertThat(raw).hasSizeGreaterThanOrEqualTo(4).allSatisfy(value -> assertThat(value)
                .startsWith("v1:demo-1:").doesNotContain(marker, "opioids", "cravings", "rash", "taper"));
        assertThat(jdbc.queryForObject("""
                select count(*) from (select message t from consultation_request union all select note from check_in
                    union all select other_text from side_effect_report union all select body from care_team_note) x
                where t like ?""", Long.class, "%" + marker + "%")).isZero();

        long consultationId = jdbc.queryForObject("select id from consultation_request where reference = ?",
                Long.class, reference);
        assertThat(SignedIn.as(users, "coordinator", () -> consultations.get(consultationId).message()))
                .isEqualTo(message);
        assertThat(SignedIn.as(users, "clinician", () -> review.checkIns(client, 0, 5)))
                .anySatisfy(row -> assertThat(row.note()).isEqualTo(note));
        assertThat(SignedIn.as(users, "clinician", () -> review.sideEffects(client, Locale.ENGLISH, 0, 5)))
                .anySatisfy(row -> assertThat(row.otherText()).isEqualTo(otherSideEffect));
        assertThat(SignedIn.as(users, "clinician", () -> notes.notes(client, 0, 5)))
                .anySatisfy(row -> assertThat(row.body()).isEqualTo(staffNote));
    }

    @Test
    void theDemoDataIsEncryptedToo() {
        assertThat(jdbc.queryForObject("select count(*) from check_in where note like '%Rough evening%'"
                + " or note like '%Hard day%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from care_team_note where body like '%morning doses%'",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from consultation_request where message is not null"
                + " and message not like 'v1:%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from check_in where note like 'v1:demo-1:%'", Long.class))
                .isPositive();
        // The staff's authenticator keys too (demo staff are enrolled with the documented demo key).
        assertThat(jdbc.queryForObject("select count(*) from user_account where totp_secret like 'v1:%'", Long.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from user_account where totp_secret is not null"
                + " and (totp_secret not like 'v1:%' or totp_secret like '%MILESTONEDEMO%')", Long.class)).isZero();
    }
}
