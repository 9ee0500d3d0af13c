package com.milestonerecovery.portal.medication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MedicationRepository extends JpaRepository<Medication, Long> {

    Optional<Medication> findBySlug(String slug);

    List<Medication> findAllByOrderByName();
}
