package com.milestonerecovery.portal.medication;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MedicationPlanRepository extends JpaRepository<MedicationPlan, Long> {

    Optional<MedicationPlan> findByClientId(Long clientId);

    /** The plan row locked for the rest of the transaction, so saves to one plan take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from MedicationPlan p where p.clientId = :clientId")
    Optional<MedicationPlan> lockByClientId(Long clientId);

    @Query("select i from PlanItem i join fetch i.medication where i.planId = :planId order by i.startDate, i.id")
    List<PlanItem> findItems(Long planId);

    @Query("""
            select i from PlanItem i join fetch i.medication, MedicationPlan p
            where p.id = i.planId and p.clientId = :clientId and i.id = :itemId""")
    Optional<PlanItem> findItemOfClient(Long clientId, Long itemId);

    @Query("select r from PlanRevision r where r.planId = :planId order by r.revision desc")
    List<PlanRevision> findRevisions(Long planId);
}
