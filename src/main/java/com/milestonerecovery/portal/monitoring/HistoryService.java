package com.milestonerecovery.portal.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.milestonerecovery.portal.client.ClientDirectory;
import com.milestonerecovery.portal.medication.MedicationPlanService;
import com.milestonerecovery.portal.medication.PlanItemSummary;
import com.milestonerecovery.portal.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in client's past doses and check-ins, a page of days at a time. */
@Service
public class HistoryService {

    static final int MAX_RANGE_DAYS = 366;

    private final HistoryQueries queries;
    private final MedicationPlanService plans;
    private final ClientDirectory clients;

    HistoryService(HistoryQueries queries, MedicationPlanService plans, ClientDirectory clients) {
        this.queries = queries;
        this.plans = plans;
        this.clients = clients;
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<HistoryDay> days(HistoryFilter filter, int offset, int limit) {
        long clientId = clients.currentClientId();
        HistoryFilter checked = check(filter);
        List<LocalDate> days = queries.days(clientId, checked, Math.max(0, offset), Math.min(Math.max(limit, 1), 100));
        if (days.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanItemSummary> byId = plans.myItems().stream().collect(Collectors.toMap(PlanItemSummary::id,
                Function.identity()));
        Map<LocalDate, List<HistoryDay.DoseEntry>> doses = checked.kind() == HistoryFilter.Kind.CHECK_INS ? Map.of()
                : queries.doses(clientId, days).stream().collect(Collectors.groupingBy(HistoryQueries.DoseRow::day,
                        Collectors.mapping(r -> dose(r, byId.get(r.planItemId())), Collectors.toList())));
        Map<LocalDate, List<HistoryDay.CheckInEntry>> checkIns = checked.kind() == HistoryFilter.Kind.DOSES ? Map.of()
                : queries.checkIns(clientId, days).stream().collect(Collectors.groupingBy(
                        HistoryQueries.CheckInRow::day, Collectors.mapping(HistoryService::checkIn,
                                Collectors.toList())));
        return days.stream().map(d -> new HistoryDay(d, doses.getOrDefault(d, List.of()),
                checkIns.getOrDefault(d, List.of()))).toList();
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public int countDays(HistoryFilter filter) {
        return queries.countDays(clients.currentClientId(), check(filter));
    }

    private static HistoryFilter check(HistoryFilter filter) {
        if (filter == null || filter.from() == null || filter.to() == null || filter.kind() == null
                || filter.from().isAfter(filter.to())
                || filter.from().plusDays(MAX_RANGE_DAYS).isBefore(filter.to())) {
            throw new InvalidCheckInException("history.error.range");
        }
        return filter;
    }

    private static HistoryDay.DoseEntry dose(HistoryQueries.DoseRow row, PlanItemSummary item) {
        return new HistoryDay.DoseEntry(item == null ? "?" : item.medicationName(),
                item == null ? "" : item.doseLabel(),
                row.scheduledFor() == null ? null : row.scheduledFor().toInstant(), row.recordedAt().toInstant(),
                DoseStatus.valueOf(row.status()), row.skipReason(), row.late());
    }

    private static HistoryDay.CheckInEntry checkIn(HistoryQueries.CheckInRow row) {
        return new HistoryDay.CheckInEntry(row.recordedAt().toInstant(), row.cravings(), row.mood(), row.sleep(),
                row.note(), row.urgent());
    }
}
