package com.milestonerecovery.portal.consent;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.client.ClientProfile;
import com.milestonerecovery.portal.client.ClientRoster;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.medication.PlanEditorService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.monitoring.RecordsExportService;
import com.milestonerecovery.portal.security.AuditAction;
import com.milestonerecovery.portal.security.AuditTrail;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Reauthentication;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 42 CFR Part 2 consents. The client's clinicians record and revoke them (the client signs on paper or in
 * person; the portal records what was signed); coordinators and the client see them. A disclosure to a third
 * party needs a consent in force for that recipient: a revoked or expired consent stops it.
 */
@Service
public class ConsentService {

    public static final int RECIPIENT_MAX = 200;
    public static final int PURPOSE_MAX = 500;
    /** The recipient is one line; the purpose is typed in a text area, so it keeps line breaks. */
    private static final FreeText RECIPIENT = FreeText.line(RECIPIENT_MAX).atLeast(2);
    private static final FreeText PURPOSE = FreeText.lines(PURPOSE_MAX).atLeast(2);
    /** The longest a consent may run from the day it is recorded. */
    public static final int MAX_YEARS = 5;

    private final NamedParameterJdbcTemplate jdbc;
    private final ClientAccess access;
    private final ClientDirectory clients;
    private final ClientRoster roster;
    private final PlanEditorService plans;
    private final RecordsExportService exports;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Reauthentication reauthentication;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ConsentService(NamedParameterJdbcTemplate jdbc, ClientAccess access, ClientDirectory clients, ClientRoster roster,
            PlanEditorService plans, RecordsExportService exports, AuditTrail audit, CurrentUser currentUser,
            Reauthentication reauthentication, MessageSource messages, Clock clock, ClinicProperties clinic) {
        this.reauthentication = reauthentication;
        this.jdbc = jdbc;
        this.access = access;
        this.clients = clients;
        this.roster = roster;
        this.plans = plans;
        this.exports = exports;
        this.audit = audit;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /** A client's consents, newest first (the care team: the caseload's clinicians and coordinators). */
    @PreAuthorize(Roles.HAS_CARE_TEAM)
    @Transactional(readOnly = true)
    public List<Consent> consentsOf(long clientId) {
        access.checkRead(clientId, RecordSection.CONSENT);
        return list(clientId);
    }

    /** The signed-in client's own consents. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<Consent> myConsents() {
        return list(clients.currentClientId());
    }

    /** Records a signed consent; returns its id. Only the client's own clinicians (or under break-glass). */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public long record(long clientId, String recipient, String purpose, LocalDate expiresOn) {
        access.checkChange(clientId, RecordSection.CONSENT, "consent recorded");
        String to = RECIPIENT.required(recipient, () -> new RuleViolation("consent.error.recipient", RECIPIENT_MAX));
        String what = PURPOSE.required(purpose, () -> new RuleViolation("consent.error.purpose", PURPOSE_MAX));
        LocalDate today = today();
        if (expiresOn == null || expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            throw new RuleViolation("consent.error.expires", MAX_YEARS);
        }
        MapSqlParameterSource params = new MapSqlParameterSource("client", clientId).addValue("recipient", to)
                .addValue("purpose", what).addValue("expires", Date.valueOf(expiresOn))
                .addValue("by", currentUser.require().accountId()).addValue("at", Timestamp.from(clock.instant()));
        jdbc.update("""
                insert into consent (client_id, recipient, purpose, expires_on, recorded_by, recorded_at)
                values (:client, :recipient, :purpose, :expires, :by, :at)""", params);
        Long id = jdbc.queryForObject("select max(id) from consent where client_id = :client", params, Long.class);
        return id == null ? 0 : id;
    }

    /** Revokes a consent from now on; disclosures already made stay recorded. Revoking twice changes nothing. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public void revoke(long consentId) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", consentId);
        List<Long> owner = jdbc.queryForList("select client_id from consent where id = :id", params, Long.class);
        if (owner.isEmpty()) {
            throw new ConsentNotFoundException();
        }
        access.checkChange(owner.getFirst(), RecordSection.CONSENT, "consent " + consentId + " revoked");
        jdbc.update("update consent set revoked_at = :at, revoked_by = :by where id = :id and revoked_at is null",
                params.addValue("at", Timestamp.from(clock.instant()))
                        .addValue("by", currentUser.require().accountId()));
    }

    /**
     * Releases the client's current medication list to {@code recipient}, which must match the recipient of a
     * consent in force today (same words, case aside). The file carries the 42 CFR 2.32 notice; the release
     * is audited as an export.
     */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public Disclosure discloseTo(long clientId, String recipient, Locale locale) {
        access.checkRead(clientId, RecordSection.PLAN);
        reauthentication.requireRecent();
        String to = RECIPIENT.required(recipient, () -> new RuleViolation("consent.error.recipient", RECIPIENT_MAX));
        LocalDate today = today();
        Consent consent = list(clientId).stream().filter(c -> c.activeOn(today))
                .filter(c -> c.recipient().equalsIgnoreCase(to)).findFirst()
                .orElseThrow(() -> new RuleViolation("consent.error.noConsent"));
        ClientProfile profile = roster.profile(clientId);
        StringBuilder out = new StringBuilder();
        out.append(t("consent.disclosure.title", locale, profile.reference())).append("\n\n");
        out.append(t("consent.disclosure.to", locale, consent.recipient(), consent.purpose(), consent.expiresOn()))
                .append("\n");
        out.append(t("consent.disclosure.client", locale, profile.preferredName(), profile.reference()))
                .append("\n\n");
        out.append(t("consent.disclosure.medications", locale)).append("\n");
        for (PlanItemSummary item : plans.plan(clientId, locale).overview().current()) {
            out.append("- ").append(item.medicationName()).append(' ').append(item.doseLabel()).append("\n");
        }
        out.append("\n").append(exports.notice(locale)).append("\n");
        audit.record(AuditAction.EXPORT, clientId, RecordSection.CONSENT.name(),
                "disclosure under consent " + consent.id());
        return new Disclosure("disclosure-" + profile.reference() + ".txt",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Consent> list(long clientId) {
        return jdbc.query("""
                select c.id, c.recipient, c.purpose, c.expires_on, a.display_name, c.recorded_at, c.revoked_at
                from consent c join user_account a on a.id = c.recorded_by
                where c.client_id = :client order by c.recorded_at desc, c.id desc""",
                new MapSqlParameterSource("client", clientId), MAPPER);
    }

    private static final RowMapper<Consent> MAPPER = (rs, n) -> new Consent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getTimestamp(6).toInstant(),
            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant());

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
