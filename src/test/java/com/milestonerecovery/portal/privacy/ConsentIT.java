package com.milestonerecovery.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.consent.Consent;
import com.milestonerecovery.portal.consent.ConsentService;
import com.milestonerecovery.portal.consent.Disclosure;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.PasswordConfirmed;
import com.milestonerecovery.portal.support.SignedIn;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.ReauthenticationRequiredException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 42 CFR Part 2 consents: recorded by the client's clinician, seen by the client, needed for a disclosure. */
@IntegrationTest
class ConsentIT {

    private static final String RECIPIENT = "Dr. Ana Rivera, Valley Family Clinic";

    @Autowired ConsentService consents;
    @Autowired Reauthentication reauthentication;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aDisclosureNeedsAConsentInForceAndRevocationStopsLaterOnes() {
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client15'", Long.class);
        long id = SignedIn.as(users, "clinician", () -> consents.record(client, RECIPIENT,
                "Current medication list, to coordinate primary care", LocalDate.now().plusMonths(6)));

        assertThat(SignedIn.as(users, "client15", consents::myConsents)).extracting(Consent::recipient)
                .contains(RECIPIENT);
        assertThat(SignedIn.as(users, "coordinator", () -> consents.consentsOf(client))).extracting(Consent::id)
                .contains(id);

        // A release needs the clinician's password again, whatever else is in order.
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> consents.discloseTo(client, RECIPIENT,
                Locale.ENGLISH))).isInstanceOf(ReauthenticationRequiredException.class);
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> PasswordConfirmed.call(reauthentication,
                () -> consents.discloseTo(client, "Someone Else Entirely", Locale.ENGLISH))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("consent.error.noConsent");

        long exportsBefore = exports(client);
        Disclosure released = SignedIn.as(users, "clinician", () -> PasswordConfirmed.call(reauthentication,
                () -> consents.discloseTo(client, RECIPIENT.toUpperCase(Locale.ROOT), Locale.ENGLISH)));
        String text = new String(released.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("42 CFR", RECIPIENT, "Current medications");
        List<String> medications = jdbc.queryForList("""
                select m.name from plan_item i join medication_plan p on p.id = i.plan_id
                join medication m on m.id = i.medication_id where p.client_id = ? and i.discontinued_on is null""",
                String.class, client);
        assertThat(medications).isNotEmpty().allSatisfy(m -> assertThat(text).contains(m));
        assertThat(exports(client)).isEqualTo(exportsBefore + 1);

        SignedIn.run(users, "clinician", () -> consents.revoke(id));
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> PasswordConfirmed.call(reauthentication,
                () -> consents.discloseTo(client, RECIPIENT, Locale.ENGLISH)))).isInstanceOf(RuleViolation.class);
        assertThat(SignedIn.as(users, "client15", consents::myConsents)).filteredOn(c -> c.id() == id)
                .singleElement().satisfies(c -> assertThat(c.revokedAt()).isNotNull());
        assertThat(exports(client)).isEqualTo(exportsBefore + 1);
    }

    @Test
    void onlyTheClientsOwnCliniciansRecordAndTheDatesAreBounded() {
        long client = jdbc.queryForObject("select c.id from client c join user_account a on a.id = c.account_id"
                + " where a.username = 'client15'", Long.class);
        // "Today" is the clinic's (Phoenix, UTC-7): in the evening there the UTC date is already tomorrow.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Phoenix"));
        assertThatThrownBy(() -> SignedIn.as(users, "clinician2", () -> consents.record(client, RECIPIENT, "x y",
                today.plusDays(10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, "coordinator", () -> consents.record(client, RECIPIENT, "x y",
                today.plusDays(10)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> consents.record(client, RECIPIENT, "x y",
                today.minusDays(1)))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SignedIn.as(users, "clinician", () -> consents.record(client, RECIPIENT, "x y",
                today.plusYears(6)))).isInstanceOf(RuleViolation.class);
    }

    private long exports(long client) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and client_id = ?"
                + " and section = 'CONSENT'", Long.class, client);
    }
}
