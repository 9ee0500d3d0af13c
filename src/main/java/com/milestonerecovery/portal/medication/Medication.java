package com.milestonerecovery.portal.medication;

import com.milestonerecovery.portal.base.AbstractEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A catalog entry (reference data seeded by Flyway). */
@Entity
@Table(name = "medication")
class Medication extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "generic_name", nullable = false, length = 160)
    private String genericName;

    @Enumerated(EnumType.STRING)
    @Column(name = "drug_class", nullable = false, length = 30)
    private DrugClass drugClass;

    @Column(nullable = false, length = 200)
    private String forms;

    @Column(nullable = false, length = 200)
    private String strengths;

    @Column(name = "default_unit", nullable = false, length = 16)
    private String defaultUnit;

    @Column(name = "default_route", nullable = false, length = 30)
    private String defaultRoute;

    private boolean controlled;

    protected Medication() {
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }

    String getGenericName() {
        return genericName;
    }

    DrugClass getDrugClass() {
        return drugClass;
    }

    MedicationOption toOption() {
        return new MedicationOption(slug, name, genericName, drugClass, strengths, defaultUnit, defaultRoute,
                controlled);
    }
}
