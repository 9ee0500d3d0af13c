package com.milestonerecovery.portal.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.BreakGlassRequiredException;
import com.milestonerecovery.portal.support.IntegrationTest;
import com.milestonerecovery.portal.support.SignedIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The plan editor on MariaDB: each save a new version the client sees, interactions shown before saving and
 * saved only with a reason, stale and simultaneous saves refused with nothing lost. Demo client04 is on
 * buprenorphine/naloxone with clinician2.
 */
@IntegrationTest
class PlanEditorIT {

    private static final String CLIENT = "client04";
    private static final String CLINICIAN = "clinician2";

    @Autowired
    PlanEditorService editor;
    @Autowired
    MedicationPlanService plans;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private long clientId() {
        return jdbc.queryForObject("""
                select c.id from client c join user_account a on a.id = c.account_id where a.username = ?""",
                Long.class, CLIENT);
    }

    private StaffPlan plan() {
        return SignedIn.as(users, CLINICIAN, () -> editor.plan(clientId(), Locale.ENGLISH));
    }

    private static PlanChange.Add lorazepam() {
        return new PlanChange.Add(new NewItem("lorazepam", new BigDecimal("0.5"), "mg", "oral", true, List.of(), 2,
                null, "Panic attacks", "Only when needed; not with alcohol."));
    }

    private static NewItem daily(String slug, String dose, LocalDate start) {
        return new NewItem(slug, new BigDecimal(dose), "mg", "oral", false, List.of(LocalTime.of(8, 0)), null, start,
                null, null);
    }

    @Test
    void addingABenzodiazepineToBuprenorphineNeedsAReasonThenIsANewVersionTheClientSees() {
        long client = clientId();
        StaffPlan before = plan();
        assertThat(before.overview().current()).extracting(PlanItemSummary::slug).contains("buprenorphine-naloxone");

        List<InteractionWarning> preview = SignedIn.as(users, CLINICIAN,
                () -> editor.preview(client, lorazepam(), Locale.ENGLISH));
        assertThat(preview).extracting(InteractionWarning::ruleCode).contains("OPIOID_BENZO");
        assertThat(preview).filteredOn(w -> w.ruleCode().equals("OPIOID_BENZO")).first()
                .satisfies(w -> assertThat(w.severity()).isEqualTo(InteractionSeverity.BOXED_WARNING));

        assertThatThrownBy(() -> SignedIn.run(users, CLINICIAN, () -> editor.save(client, before.version(),
                lorazepam(), "Short-term for panic attacks", null, Locale.ENGLISH)))
                .isInstanceOf(InteractionOverrideRequiredException.class)
                .satisfies(e -> assertThat(((InteractionOverrideRequiredException) e).warnings())
                        .extracting(InteractionWarning::ruleCode).contains("OPIOID_BENZO"));
        assertThat(plan().overview().revision()).isEqualTo(before.overview().revision()); // nothing saved

        int revision = SignedIn.as(users, CLINICIAN, () -> editor.save(client, before.version(), lorazepam(),
                "Short-term for panic attacks", "Discussed with prescriber; two weeks only, naloxone kit given.",
                Locale.ENGLISH));
        assertThat(revision).isEqualTo(before.overview().revision() + 1);
        assertThat(jdbc.queryForMap("""
                select r.interaction_codes, r.override_reason, r.changed_by from plan_revision r
                join medication_plan p on p.id = r.plan_id where p.client_id = ? and r.revision = ?""", client, revision))
                .containsEntry("interaction_codes", "OPIOID_BENZO")
                .containsEntry("override_reason", "Discussed with prescriber; two weeks only, naloxone kit given.");

        PlanOverview seenByClient = SignedIn.as(users, CLIENT, plans::myPlan);
        assertThat(seenByClient.revision()).isEqualTo(revision);
        assertThat(seenByClient.current()).extracting(PlanItemSummary::slug).contains("lorazepam");
        assertThat(seenByClient.history().getFirst().changes()).startsWith("Added: Lorazepam 0.5 mg, as needed");
        assertThat(seenByClient.history().getFirst().reason()).isEqualTo("Short-term for panic attacks");

        // The same medication twice is refused; a changed dose ends the old item and starts a new one.
        StaffPlan now = plan();
        assertThatThrownBy(() -> SignedIn.run(users, CLINICIAN, () -> editor.save(client, now.version(), lorazepam(),
                "again", "Discussed with prescriber again.", Locale.ENGLISH)))
                .isInstanceOf(RuleViolation.class).hasMessage("staff.plan.error.duplicate");
        PlanItemSummary ativan = now.overview().current().stream().filter(i -> i.slug().equals("lorazepam"))
                .findFirst().orElseThrow();
        SignedIn.run(users, CLINICIAN, () -> editor.save(client, now.version(), new PlanChange.Discontinue(ativan.id(),
                null), "Panic attacks settled", null, Locale.ENGLISH));
        assertThat(plan().overview().current()).extracting(PlanItemSummary::slug).doesNotContain("lorazepam");
        assertThat(plan().overview().discontinued()).extracting(PlanItemSummary::slug).contains("lorazepam");
    }

    @Test
    void aChangedDoseStartsANewItemAndKeepsTheOldOneInThePast() {
        long client = clientId();
        StaffPlan before = plan();
        PlanItemSummary bup = before.overview().current().stream()
                .filter(i -> i.slug().equals("buprenorphine-naloxone")).findFirst().orElseThrow();
        LocalDate tomorrow = LocalDate.now(ZoneId.of("America/Phoenix")).plusDays(1);
        SignedIn.run(users, CLINICIAN, () -> editor.save(client, before.version(),
                new PlanChange.Adjust(bup.id(), daily("buprenorphine-naloxone", "12", tomorrow)),
                "Cravings in the afternoon", null, Locale.ENGLISH));
        StaffPlan after = plan();
        assertThat(after.overview().history().getFirst().changes())
                .contains("Buprenorphine/naloxone 8 mg, daily at 08:00 -> Buprenorphine/naloxone 12 mg");
        // Until tomorrow the old dose applies; from tomorrow the new one (both listed as current today).
        assertThat(after.overview().current()).filteredOn(i -> i.slug().equals("buprenorphine-naloxone"))
                .filteredOn(i -> i.schedule().startDate().equals(tomorrow))
                .extracting(PlanItemSummary::doseLabel).containsExactly("12 mg");
        assertThat(jdbc.queryForObject("select discontinued_on from plan_item where id = ?", LocalDate.class,
                bup.id())).isEqualTo(tomorrow);
    }

    @Test
    void aSaveAgainstAnOlderVersionIsAConflictAndChangesNothing() {
        long client = clientId();
        StaffPlan seen = plan();
        SignedIn.run(users, CLINICIAN, () -> editor.save(client, seen.version(),
                new PlanChange.Add(daily("clonidine", "0.1", null)), "Nausea in the mornings", null, Locale.ENGLISH));
        int revision = plan().overview().revision();
        assertThatThrownBy(() -> SignedIn.run(users, CLINICIAN, () -> editor.save(client, seen.version(),
                new PlanChange.Add(daily("disulfiram", "250", null)), "Alcohol use", null,
                Locale.ENGLISH))).isInstanceOf(PlanConflictException.class);
        assertThat(plan().overview().revision()).isEqualTo(revision);
        assertThat(plan().overview().current()).extracting(PlanItemSummary::slug).contains("clonidine")
                .doesNotContain("disulfiram");
    }

    @Test
    void twoClinciansSavingAtTheSameMomentExactlyOneWins() throws Exception {
        long client = clientId();
        StaffPlan seen = plan();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = List.of("prazosin", "topiramate").stream().map(slug -> pool.submit(() -> {
                start.await();
                try {
                    return (Object) SignedIn.as(users, CLINICIAN, () -> editor.save(client, seen.version(),
                            new PlanChange.Add(daily(slug, "20", null)), "Stomach upset", null, Locale.ENGLISH));
                } catch (RuntimeException e) {
                    return e;
                }
            })).toList();
            start.countDown();
            List<Object> outcomes = List.of(results.get(0).get(), results.get(1).get());
            assertThat(outcomes).filteredOn(o -> o instanceof Integer).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof PlanConflictException).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(plan().overview().current()).extracting(PlanItemSummary::slug)
                .containsAnyOf("prazosin", "topiramate")
                .satisfies(slugs -> assertThat(slugs.contains("prazosin") && slugs.contains("topiramate")).isFalse());
    }

    @Test
    void onlyTheClientsCliniciansMayChangeThePlan() {
        long client = clientId();
        long version = plan().version();
        PlanChange change = new PlanChange.Add(daily("acamprosate", "666", null));
        assertThatThrownBy(() -> SignedIn.run(users, "clinician", () -> editor.save(client, version, change,
                "Nausea", null, Locale.ENGLISH))).isInstanceOf(BreakGlassRequiredException.class);
        for (String user : List.of("coordinator", "admin", CLIENT)) {
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> editor.save(client, version, change, "Nausea",
                    null, Locale.ENGLISH))).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SignedIn.run(users, user, () -> editor.plan(client, Locale.ENGLISH))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(plan().version()).isEqualTo(version);
    }
}
