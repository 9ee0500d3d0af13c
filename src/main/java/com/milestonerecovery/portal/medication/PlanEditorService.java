package com.milestonerecovery.portal.medication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.base.RuleViolation;
import com.milestonerecovery.portal.client.ClientAccess;
import com.milestonerecovery.portal.client.RecordSection;
import com.milestonerecovery.portal.security.CurrentUser;
import com.milestonerecovery.portal.security.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safe plan changes for clinicians. Each save is one change with a reason and becomes a new plan version the
 * client sees. Saves carry the version the clinician was looking at: if someone else saved in between, the
 * save is refused with a conflict and nothing is lost (the row's optimistic lock also catches two saves at the
 * same moment). A change that creates an interaction or contraindication from the curated rule table is saved
 * only with the clinician's reason for going ahead, recorded in the revision.
 */
@Service
public class PlanEditorService {

    private static final Logger log = LoggerFactory.getLogger(PlanEditorService.class);
    /** The version to save against when the client has no plan yet. */
    public static final long NO_PLAN = -1;
    public static final int OVERRIDE_MIN = 10;
    private static final FreeText REASON = FreeText.lines(500).atLeast(3);
    private static final FreeText OVERRIDE = FreeText.lines(1000).atLeast(OVERRIDE_MIN);
    private static final FreeText UNIT = FreeText.line(16);
    private static final FreeText ROUTE = FreeText.line(30);
    private static final FreeText PURPOSE = FreeText.line(300);
    private static final FreeText INSTRUCTIONS = FreeText.lines(1000);

    private final MedicationPlanRepository plans;
    private final PlanItemRepository planItems;
    private final PlanRevisionRepository revisions;
    private final MedicationRepository medications;
    private final MedicationPlanService planService;
    private final InteractionChecker interactions;
    private final ClientAccess access;
    private final CurrentUser currentUser;
    private final ClinicProperties clinic;
    private final Clock clock;

    PlanEditorService(MedicationPlanRepository plans, PlanItemRepository planItems, PlanRevisionRepository revisions,
            MedicationRepository medications,
            MedicationPlanService planService, InteractionChecker interactions, ClientAccess access,
            CurrentUser currentUser, ClinicProperties clinic, Clock clock) {
        this.plans = plans;
        this.planItems = planItems;
        this.revisions = revisions;
        this.medications = medications;
        this.planService = planService;
        this.interactions = interactions;
        this.access = access;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.clock = clock;
    }

    /** The client's plan for the clinician, with the interactions among the current medications. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public StaffPlan plan(long clientId, Locale locale) {
        access.checkRead(clientId, RecordSection.PLAN);
        Optional<MedicationPlan> plan = plans.findByClientId(clientId);
        PlanOverview overview = planService.overview(plan);
        List<String> current = overview.current().stream().map(PlanItemSummary::slug).toList();
        return new StaffPlan(clientId, plan.map(MedicationPlan::getVersion).orElse(NO_PLAN), overview,
                interactions.check(current, locale));
    }

    /** The catalog, by name, for the medication picker. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<MedicationOption> catalog() {
        return medications.findAllByOrderByName().stream().map(Medication::toOption).toList();
    }

    /** The interactions the change would create (none that exist already), for the editor to show first. */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional(readOnly = true)
    public List<InteractionWarning> preview(long clientId, PlanChange change, Locale locale) {
        access.checkRead(clientId, RecordSection.PLAN);
        List<PlanItem> items = plans.findByClientId(clientId).map(p -> plans.findItems(p.getId())).orElse(List.of());
        return newWarnings(items, change, locale);
    }

    /**
     * Saves one change as the next plan version.
     *
     * @param expectedVersion the {@link StaffPlan#version()} the clinician edited
     * @param overrideReason why to go ahead despite the interactions the change creates; required then
     * @return the new revision number
     * @throws PlanConflictException when the plan changed since {@code expectedVersion}
     * @throws InteractionOverrideRequiredException when the change creates interactions and no reason is given
     * @throws RuleViolation when a value is missing or out of range
     */
    @PreAuthorize(Roles.HAS_CLINICIAN)
    @Transactional
    public int save(long clientId, long expectedVersion, PlanChange change, String reason, String overrideReason,
            Locale locale) {
        String why = REASON.required(reason, "staff.plan.error.reason");
        access.checkChange(clientId, RecordSection.PLAN, "plan change: " + kind(change));
        // Lock the plan row first: a second save to the same plan waits here and then sees the new version,
        // instead of both taking shared locks through the item inserts and deadlocking on the version update.
        Optional<MedicationPlan> existing = plans.lockByClientId(clientId);
        long actualVersion = existing.map(MedicationPlan::getVersion).orElse(NO_PLAN);
        if (actualVersion != expectedVersion) {
            throw new PlanConflictException();
        }
        Instant now = clock.instant();
        MedicationPlan plan = existing.orElseGet(() -> plans.save(new MedicationPlan(clientId, now)));
        List<PlanItem> items = plans.findItems(plan.getId());

        List<InteractionWarning> created = newWarnings(items, change, locale);
        String override = null;
        if (!created.isEmpty()) {
            FreeText.Problem problem = OVERRIDE.problem(overrideReason);
            if (problem == FreeText.Problem.MISSING || problem == FreeText.Problem.TOO_SHORT) {
                throw new InteractionOverrideRequiredException(created);
            }
            override = OVERRIDE.required(overrideReason, "staff.plan.error.override", OVERRIDE_MIN);
        }

        String prescriber = currentUser.displayName();
        String changes = apply(plan, items, change, why, prescriber);
        int revision = plan.nextRevision(now);
        String codes = created.isEmpty() ? null
                : created.stream().map(InteractionWarning::ruleCode).distinct().collect(Collectors.joining(","));
        try {
            // The version check on the plan row first: a save that lost the race stops here.
            plans.flush();
            revisions.saveAndFlush(new PlanRevision(plan.getId(), revision, now, currentUser.require().accountId(),
                    prescriber, why, changes, codes, override));
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException
                | DataIntegrityViolationException e) {
            throw new PlanConflictException();
        }
        log.info("Plan {} saved as revision {}{}", plan.getId(), revision, codes == null ? "" : " with override");
        return revision;
    }

    private String apply(MedicationPlan plan, List<PlanItem> items, PlanChange change, String reason,
            String prescriber) {
        LocalDate today = today();
        return switch (change) {
            case PlanChange.Add add -> {
                NewItem item = validItem(add.item(), today.minusDays(365));
                Medication medication = medication(item.medicationSlug());
                if (items.stream().anyMatch(i -> i.isCurrentOn(today)
                        && i.getMedication().getSlug().equals(item.medicationSlug()))) {
                    throw new RuleViolation("staff.plan.error.duplicate");
                }
                PlanItem added = planItems.save(new PlanItem(plan.getId(), medication, item, prescriber));
                yield "Added: " + added.describe();
            }
            case PlanChange.Adjust adjust -> {
                PlanItem old = currentItem(items, adjust.itemId(), today);
                NewItem item = validItem(adjust.item(), today);
                if (!old.getMedication().getSlug().equals(item.medicationSlug())) {
                    throw new RuleViolation("staff.plan.error.sameMedication");
                }
                old.discontinue(item.startDate(), "Changed: " + reason);
                PlanItem replacement = planItems.save(new PlanItem(plan.getId(), old.getMedication(),
                        withPurpose(item, old.getPurpose()), prescriber));
                yield "Changed: " + old.describe() + " -> " + replacement.describe() + ", from " + item.startDate();
            }
            case PlanChange.Discontinue stop -> {
                PlanItem old = currentItem(items, stop.itemId(), today);
                LocalDate effective = stop.effective() == null ? today : stop.effective();
                if (effective.isBefore(today) || effective.isAfter(today.plusDays(365))) {
                    throw new RuleViolation("staff.plan.error.effective");
                }
                old.discontinue(effective, reason);
                yield "Discontinued: " + old.describe() + ", from " + effective;
            }
        };
    }

    private List<InteractionWarning> newWarnings(List<PlanItem> items, PlanChange change, Locale locale) {
        LocalDate today = today();
        List<String> before = items.stream().filter(i -> i.isCurrentOn(today))
                .map(i -> i.getMedication().getSlug()).distinct().toList();
        List<String> after = new ArrayList<>(before);
        if (change instanceof PlanChange.Add add && add.item() != null && add.item().medicationSlug() != null) {
            after.add(add.item().medicationSlug());
        } else {
            return List.of(); // adjusting or stopping a medication creates no new combination
        }
        Set<String> existing = new HashSet<>();
        interactions.check(before, locale).forEach(w -> existing.add(key(w)));
        return interactions.check(after, locale).stream().filter(w -> !existing.contains(key(w))).toList();
    }

    private static String key(InteractionWarning w) {
        return w.ruleCode() + ":" + w.medicationA() + ":" + w.medicationB();
    }

    private PlanItem currentItem(List<PlanItem> items, long itemId, LocalDate today) {
        return items.stream().filter(i -> i.getId() == itemId && i.isCurrentOn(today)).findFirst()
                .orElseThrow(() -> new RuleViolation("staff.plan.error.noItem"));
    }

    private Medication medication(String slug) {
        return medications.findBySlug(slug).orElseThrow(() -> new RuleViolation("staff.plan.error.medication"));
    }

    private NewItem validItem(NewItem item, LocalDate earliestStart) {
        if (item == null || item.medicationSlug() == null) {
            throw new RuleViolation("staff.plan.error.medication");
        }
        BigDecimal dose = item.doseAmount();
        if (dose == null || dose.signum() <= 0 || dose.compareTo(new BigDecimal("10000")) > 0
                || dose.stripTrailingZeros().scale() > 3) {
            throw new RuleViolation("staff.plan.error.dose");
        }
        String unit = UNIT.required(item.doseUnit(), "staff.plan.error.unit");
        String route = ROUTE.required(item.route(), "staff.plan.error.route");
        List<LocalTime> times = item.times().stream().map(t -> t.withSecond(0).withNano(0)).distinct().sorted()
                .toList();
        if (item.asNeeded()) {
            if (item.maxDailyDoses() == null || item.maxDailyDoses() < 1 || item.maxDailyDoses() > 24) {
                throw new RuleViolation("staff.plan.error.maxDaily");
            }
            times = List.of();
        } else if (times.isEmpty() || times.size() > 8) {
            throw new RuleViolation("staff.plan.error.times");
        }
        LocalDate start = item.startDate() == null ? today() : item.startDate();
        if (start.isBefore(earliestStart) || start.isAfter(today().plusDays(365))) {
            throw new RuleViolation("staff.plan.error.start");
        }
        String purpose = PURPOSE.optional(item.purpose(), "staff.plan.error.tooLong");
        String instructions = INSTRUCTIONS.optional(item.instructions(), "staff.plan.error.tooLong");
        return new NewItem(item.medicationSlug(), dose, unit, route, item.asNeeded(), times,
                item.asNeeded() ? item.maxDailyDoses() : null, start, purpose, instructions);
    }

    private static NewItem withPurpose(NewItem item, String purpose) {
        return item.purpose() != null ? item : new NewItem(item.medicationSlug(), item.doseAmount(), item.doseUnit(),
                item.route(), item.asNeeded(), item.times(), item.maxDailyDoses(), item.startDate(), purpose,
                item.instructions());
    }

    private static String kind(PlanChange change) {
        return change.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.timeZone()));
    }
}
