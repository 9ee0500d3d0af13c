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

    @Column(name = "discontinued_reason", length = 500)
    private String discontinuedReason;

    protected PlanItem() {
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
