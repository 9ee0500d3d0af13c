package com.milestonerecovery.portal.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    @Query("""
            select a from Appointment a where a.clientId = :clientId and a.endsAt >= :now
            and a.status = com.milestonerecovery.portal.scheduling.AppointmentStatus.SCHEDULED
            order by a.startsAt""")
    List<Appointment> findUpcoming(Long clientId, Instant now, Pageable pageable);

    @Query("""
            select a from Appointment a where a.clientId = :clientId
            and (a.endsAt < :now or a.status <> com.milestonerecovery.portal.scheduling.AppointmentStatus.SCHEDULED)
            order by a.startsAt desc""")
    List<Appointment> findPast(Long clientId, Instant now, Pageable pageable);

    Optional<Appointment> findByIdAndClientId(Long id, Long clientId);

    /** The appointment, locked until the transaction ends: moves, cancellations and the reminder job queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Appointment a where a.id = :id")
    Optional<Appointment> findForUpdate(Long id);

    @Query("select a from Appointment a where a.clientId = :clientId order by a.startsAt desc, a.id desc")
    List<Appointment> findAllOfClient(Long clientId, Pageable pageable);

    /** Clinicians' names for a page of appointments, in one statement. */
    @Query(value = "select id, display_name from user_account where id in (:accountIds)", nativeQuery = true)
    List<Object[]> displayNames(Collection<Long> accountIds);
}
