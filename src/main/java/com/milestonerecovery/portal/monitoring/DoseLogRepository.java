package com.milestonerecovery.portal.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DoseLogRepository extends JpaRepository<DoseLog, Long> {

    @Query("""
            select d from DoseLog d
            where d.clientId = :clientId and d.localDate = :day and d.voidedAt is null
            order by d.recordedAt""")
    List<DoseLog> findActiveOn(Long clientId, LocalDate day);

    @Query("""
            select d from DoseLog d
            where d.planItemId = :planItemId and d.scheduledFor = :scheduledFor and d.voidedAt is null""")
    Optional<DoseLog> findActiveFor(Long planItemId, Instant scheduledFor);

    Optional<DoseLog> findByIdAndClientId(Long id, Long clientId);

    /** Scheduled doses taken in a window: the numerator of adherence, counted by the database. */
    @Query("""
            select count(d) from DoseLog d
            where d.clientId = :clientId and d.status = 'TAKEN' and d.voidedAt is null
              and d.scheduledFor is not null and d.scheduledFor >= :from and d.scheduledFor <= :until""")
    long countTakenScheduled(Long clientId, Instant from, Instant until);

    @Query("""
            select count(d) from DoseLog d
            where d.planItemId = :planItemId and d.localDate = :day and d.status = 'TAKEN'
              and d.voidedAt is null and d.scheduledFor is null""")
    long countAsNeededTaken(Long planItemId, LocalDate day);
}
