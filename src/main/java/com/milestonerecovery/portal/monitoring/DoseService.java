package com.milestonerecovery.portal.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.milestonerecovery.portal.base.ClinicProperties;
import com.milestonerecovery.portal.base.FreeText;
import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's doses: what is due today, recording taken / skipped / as-needed doses, undo, and adherence.
 * Every method works on the signed-in client only; plan items of anyone else are refused.
 */
@Service
public class DoseService {

    /** A skip reason is one line (picked from a list or typed), as before with no control characters at all. */
    private static final FreeText SKIP_REASON = FreeText.line(200);

    private final DoseLogRepository logs;
    private final MedicationPlanService plans;
    private final ClientDirectory clients;
    private final DoseProperties rules;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final ClientActivity activity;

    DoseService(DoseLogRepository logs, MedicationPlanService plans, ClientDirectory clients, ClientActivity activity,
            DoseProperties rules, ClinicProperties clinic, Clock clock) {
        this.logs = logs;
        this.plans = plans;
        this.clients = clients;
        this.rules = rules;
        this.clinic = clinic;
        this.clock = clock;
        this.activity = activity;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public TodayOverview today() {
        long clientId = clients.currentClientId();
        Instant now = clock.instant();
        ZoneId zone = clinic.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PlanItemSummary> allItems = plans.myItems();

        Map<String, DoseLog> recorded = new HashMap<>();
        Map<Long, List<DoseLog>> asNeededLogs = new HashMap<>();
        for (DoseLog log : logs.findActiveOn(clientId, today)) {
            if (log.getScheduledFor() == null) {
                asNeededLogs.computeIfAbsent(log.getPlanItemId(), k -> new ArrayList<>()).add(log);
            } else {
                recorded.put(key(log.getPlanItemId(), log.getScheduledFor()), log);
            }
        }

        List<DoseSlot> slots = new ArrayList<>();
        List<AsNeededItem> asNeeded = new ArrayList<>();
        for (PlanItemSummary item : allItems) {
            if (!item.schedule().isCurrent(today)) {
                continue;
            }
            if (item.schedule().asNeeded()) {
                if (item.schedule().activeOn(today)) {
                    List<DoseLog> taken = asNeededLogs.getOrDefault(item.id(), List.of());
                    DoseLog last = taken.isEmpty() ? null : taken.getLast();
                    asNeeded.add(new AsNeededItem(item.id(), item.medicationName(), item.slug(), item.doseLabel(),
                            item.purpose(), item.schedule().maxDailyDoses(), taken.size(),
                            last == null ? null : last.getId(), last != null && undoable(last, now)));
                }
                continue;
            }
            for (Instant due : item.schedule().dosesOn(today, zone)) {
                DoseLog log = recorded.get(key(item.id(), due));
                slots.add(new DoseSlot(item.id(), item.medicationName(), item.slug(), item.doseLabel(),
                        item.instructions(), due, log == null ? DoseStatus.PENDING : log.getStatus(),
                        log == null ? null : log.getId(), log != null && log.isLate(),
                        log == null ? null : log.getSkipReason(), log != null && undoable(log, now)));
            }
        }
        slots.sort(Comparator.comparing(DoseSlot::scheduledFor).thenComparing(DoseSlot::medicationName));
        return new TodayOverview(today, slots, asNeeded, adherence(clientId, allItems, 7, now),
                adherence(clientId, allItems, 30, now));
    }

    /**
     * Scheduled doses from before today, within the 48-hour late-entry window, that have no record yet:
     * the client can still say whether they took them (they will be marked late).
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<DoseSlot> unrecordedRecent() {
        long clientId = clients.currentClientId();
        Instant now = clock.instant();
        ZoneId zone = clinic.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant earliest = now.minus(rules.lateLimit());
        List<DoseSlot> open = new ArrayList<>();
        List<PlanItemSummary> items = plans.myCurrentItems();
        for (LocalDate day = earliest.atZone(zone).toLocalDate(); day.isBefore(today); day = day.plusDays(1)) {
            java.util.Set<String> recorded = new java.util.HashSet<>();
            for (DoseLog log : logs.findActiveOn(clientId, day)) {
                if (log.getScheduledFor() != null) {
                    recorded.add(key(log.getPlanItemId(), log.getScheduledFor()));
                }
            }
            for (PlanItemSummary item : items) {
                for (Instant due : item.schedule().dosesOn(day, zone)) {
                    if (due.isAfter(earliest) && !recorded.contains(key(item.id(), due))) {
                        open.add(new DoseSlot(item.id(), item.medicationName(), item.slug(), item.doseLabel(),
                                item.instructions(), due, DoseStatus.PENDING, null, false, null, false));
                    }
                }
            }
        }
        open.sort(Comparator.comparing(DoseSlot::scheduledFor));
        return open;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void markTaken(long planItemId, Instant scheduledFor) {
        recordScheduled(planItemId, scheduledFor, DoseStatus.TAKEN, null);
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void markSkipped(long planItemId, Instant scheduledFor, String reason) {
        String cleaned = SKIP_REASON.optional(reason, "dose.error.reason", DoseRuleException::new);
        recordScheduled(planItemId, scheduledFor, DoseStatus.SKIPPED, cleaned);
    }

    /** Records one as-needed dose now. Over the daily maximum it is still recorded (it happened) and flagged. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public AsNeededItem recordAsNeeded(long planItemId) {
        long clientId = clients.currentClientId();
        PlanItemSummary item = ownItem(planItemId);
        if (!item.schedule().asNeeded()) {
            throw new DoseRuleException("dose.error.notAsNeeded");
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(clinic.timeZone()).toLocalDate();
        if (!item.schedule().activeOn(today)) {
            throw new DoseRuleException("dose.error.notActive");
        }
        DoseLog log = logs.save(new DoseLog(clientId, planItemId, null, today, DoseStatus.TAKEN, null, now, false));
        long taken = logs.countAsNeededTaken(planItemId, today);
        return new AsNeededItem(item.id(), item.medicationName(), item.slug(), item.doseLabel(), item.purpose(),
                item.schedule().maxDailyDoses(), taken, log.getId(), true);
    }

    /** Takes back a record made in the last few minutes (a mis-tap). The row is voided, not deleted. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional
    public void undo(long logId) {
        DoseLog log = logs.findByIdAndClientId(logId, clients.currentClientId())
                .orElseThrow(() -> new AccessDeniedException("not your dose record"));
        if (log.isVoided()) {
            return;
        }
        if (!undoable(log, clock.instant())) {
            throw new DoseRuleException("dose.error.undoExpired");
        }
        log.voidAt(clock.instant());
        refreshIfPastDay(log.getClientId(), log.getLocalDate());
    }

    /** Staff adherence covers full past days: only a late entry or undo for an earlier day changes it. */
    private void refreshIfPastDay(long clientId, LocalDate day) {
        if (day.isBefore(LocalDate.now(clock.withZone(clinic.timeZone())))) {
            logs.flush();
            activity.refresh(clientId);
        }
    }

    private void recordScheduled(long planItemId, Instant scheduledFor, DoseStatus status, String reason) {
        long clientId = clients.currentClientId();
        PlanItemSummary item = ownItem(planItemId);
        ZoneId zone = clinic.timeZone();
        if (scheduledFor == null || !item.schedule().isScheduledDose(scheduledFor, zone)) {
            throw new DoseRuleException("dose.error.notScheduled");
        }
        Instant now = clock.instant();
        if (scheduledFor.isAfter(now.plus(rules.earlyAllowance()))) {
            throw new DoseRuleException("dose.error.future");
        }
        Duration overdue = Duration.between(scheduledFor, now);
        if (overdue.compareTo(rules.lateLimit()) > 0) {
            throw new DoseRuleException("dose.error.tooLate");
        }
        var existing = logs.findActiveFor(planItemId, scheduledFor);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == status) {
                return; // a double tap: already recorded
            }
            throw new DoseRuleException("dose.error.alreadyRecorded");
        }
        boolean late = overdue.compareTo(rules.lateAfter()) > 0;
        LocalDate day = scheduledFor.atZone(zone).toLocalDate();
        logs.save(new DoseLog(clientId, planItemId, scheduledFor, day, status, reason, now, late));
        refreshIfPastDay(clientId, day);
    }

    private PlanItemSummary ownItem(long planItemId) {
        return plans.myItem(planItemId).orElseThrow(() -> new AccessDeniedException("not your plan item"));
    }

    private boolean undoable(DoseLog log, Instant now) {
        return !log.isVoided() && Duration.between(log.getRecordedAt(), now).compareTo(rules.undoWindow()) <= 0;
    }

    private Adherence adherence(long clientId, List<PlanItemSummary> items, int days, Instant now) {
        ZoneId zone = clinic.timeZone();
        LocalDate from = now.atZone(zone).toLocalDate().minusDays(days - 1L);
        long expected = items.stream().mapToLong(i -> i.schedule().expectedBetween(from, now, zone)).sum();
        long taken = logs.countTakenScheduled(clientId, from.atStartOfDay(zone).toInstant(), now);
        return new Adherence(days, taken, expected);
    }

    private static String key(long planItemId, Instant scheduledFor) {
        return planItemId + "@" + scheduledFor;
    }
}
