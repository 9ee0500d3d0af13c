package com.milestonerecovery.portal.medication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MedicationPlanRepository extends JpaRepository<MedicationPlan, Long> {

    Optional<MedicationPlan> findByClientId(Long clientId);

    @Query("select i from PlanItem i join fetch i.medication where i.planId = :planId order by i.startDate, i.id")
    List<PlanItem> findItems(Long planId);

    @Query("""
            select i from PlanItem i join fetch i.medication, MedicationPlan p
            where p.id = i.planId and p.clientId = :clientId and i.id = :itemId""")
    Optional<PlanItem> findItemOfClient(Long clientId, Long itemId);

    @Query("select r from PlanRevision r where r.planId = :planId order by r.revision desc")
    List<PlanRevision> findRevisions(Long planId);
}
