package com.milestonerecovery.portal.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in client's own medication plan. The client comes from the session, never from a parameter. */
@Service
public class MedicationPlanService {

    private final MedicationPlanRepository plans;
    private final SideEffectRepository sideEffects;
    private final ClientDirectory clients;
    private final ClinicProperties clinic;
    private final Clock clock;

    MedicationPlanService(MedicationPlanRepository plans, SideEffectRepository sideEffects, ClientDirectory clients,
            ClinicProperties clinic, Clock clock) {
        this.plans = plans;
        this.sideEffects = sideEffects;
        this.clients = clients;
        this.clinic = clinic;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public PlanOverview myPlan() {
        return overview(plans.findByClientId(clients.currentClientId()));
    }

    /** Goals, current and past items, and the change history: the same page for the client and the clinician. */
    PlanOverview overview(Optional<MedicationPlan> plan) {
        if (plan.isEmpty()) {
            return new PlanOverview(null, 0, List.of(), List.of(), List.of());
        }
        LocalDate today = today();
        List<PlanItemSummary> items = summaries(plan.get());
        return new PlanOverview(plan.get().getGoals(), plan.get().getRevision(),
                items.stream().filter(i -> i.schedule().isCurrent(today)).toList(),
                items.stream().filter(i -> !i.schedule().isCurrent(today)).toList(),
                plans.findRevisions(plan.get().getId()).stream().map(PlanRevision::toSummary).toList());
    }

    /**
     * Every item of the client's plan, current and past, without the change history: what dose and
     * history views need to name and schedule doses.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<PlanItemSummary> myItems() {
        return plans.findByClientId(clients.currentClientId()).map(this::summaries).orElse(List.of());
    }

    /** The items of the client's plan that are current today. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<PlanItemSummary> myCurrentItems() {
        LocalDate today = today();
        return myItems().stream().filter(i -> i.schedule().isCurrent(today)).toList();
    }

    private List<PlanItemSummary> summaries(MedicationPlan plan) {
        return plans.findItems(plan.getId()).stream().map(PlanItem::toSummary).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.timeZone()));
    }

    /** One item of the signed-in client's plan; empty when the item belongs to someone else. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Optional<PlanItemSummary> myItem(long itemId) {
        return plans.findItemOfClient(clients.currentClientId(), itemId).map(PlanItem::toSummary);
    }

    /** Known side effects of the medications currently in the client's plan, labelled in their language. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<SideEffectOption> mySideEffectOptions(Locale locale) {
        List<String> slugs = myCurrentItems().stream().map(PlanItemSummary::slug).distinct().toList();
        if (slugs.isEmpty()) {
            return List.of();
        }
        return sideEffects.findForMedications(slugs).stream().map(s -> s.toOption(locale)).toList();
    }
}
