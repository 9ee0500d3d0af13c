package com.milestonerecovery.portal.medication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A known side effect of a catalog medication (reference data). */
@Entity
@Table(name = "medication_side_effect")
class SideEffect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "medication_id")
    private Medication medication;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "label_en", nullable = false, length = 120)
    private String labelEn;

    @Column(name = "label_es", nullable = false, length = 120)
    private String labelEs;

    private boolean serious;

    protected SideEffect() {
    }

    SideEffectOption toOption(java.util.Locale locale) {
        return new SideEffectOption(id, medication.getName(), "es".equals(locale.getLanguage()) ? labelEs : labelEn,
                serious);
    }
}
