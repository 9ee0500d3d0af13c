package com.milestonerecovery.portal.medication;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One medication in a plan with its dose and schedule. Discontinued, never deleted. */
@Entity
@Table(name = "plan_item")
class PlanItem extends AbstractEntity {

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "medication_id")
    private Medication medication;

    @Column(name = "dose_amount", nullable = false, precision = 10, scale = 3)
    private BigDecimal doseAmount;

    @Column(name = "dose_unit", nullable = false, length = 16)
    private String doseUnit;

    @Column(nullable = false, length = 30)
    private String route;

    @Column(name = "as_needed")
    private boolean asNeeded;

    @Column(length = 100)
    private String times;

    @Column(name = "max_daily_doses")
    private Integer maxDailyDoses;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 300)
    private String purpose;

    @Column(length = 1000)
    private String instructions;

    @Column(length = 120)
    private String prescriber;

    @Column(name = "monitoring_notes", length = 1000)
    private String monitoringNotes;

    @Column(name = "discontinued_on")
    private LocalDate discontinuedOn;

    @Column(name = "discontinued_reason", length = 520)
    private String discontinuedReason;

    protected PlanItem() {
    }

    PlanItem(long planId, Medication medication, NewItem item, String prescriber) {
        this.planId = planId;
        this.medication = medication;
        this.doseAmount = item.doseAmount();
        this.doseUnit = item.doseUnit();
        this.route = item.route();
        this.asNeeded = item.asNeeded();
        this.times = item.asNeeded() ? null : String.join(",", item.times().stream().sorted()
                .map(t -> t.toString()).toList());
        this.maxDailyDoses = item.asNeeded() ? item.maxDailyDoses() : null;
        this.startDate = item.startDate();
        this.purpose = item.purpose();
        this.instructions = item.instructions();
        this.prescriber = prescriber;
    }

    /** Ends the item: from {@code on} it no longer applies. */
    void discontinue(LocalDate on, String reason) {
        this.discontinuedOn = on;
        this.discontinuedReason = reason;
    }

    boolean isCurrentOn(LocalDate day) {
        return schedule().isCurrent(day);
    }

    String getPurpose() {
        return purpose;
    }

    /** "Sertraline 50 mg, daily at 08:00" / "Hydroxyzine 25 mg, as needed, up to 3 a day": for the change log. */
    String describe() {
        String dose = medication.getName() + " " + doseAmount.stripTrailingZeros().toPlainString() + " " + doseUnit;
        if (asNeeded) {
            return dose + ", as needed" + (maxDailyDoses == null ? "" : ", up to " + maxDailyDoses + " a day");
        }
        return dose + ", daily at " + (times == null ? "" : times.replace(",", ", "));
    }

    Long getPlanId() {
        return planId;
    }

    Medication getMedication() {
        return medication;
    }

    DoseSchedule schedule() {
        return new DoseSchedule(asNeeded, DoseSchedule.parseTimes(times), startDate, endDate, discontinuedOn,
                maxDailyDoses);
    }

    PlanItemSummary toSummary() {
        return new PlanItemSummary(getId(), medication.getSlug(), medication.getName(), medication.getGenericName(),
                medication.getDrugClass(), doseAmount, doseUnit, route, schedule(), purpose, instructions, prescriber,
                monitoringNotes, discontinuedReason);
    }
}
