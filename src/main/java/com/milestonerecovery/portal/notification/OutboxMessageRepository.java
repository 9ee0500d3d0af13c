package com.milestonerecovery.portal.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * Ids of messages due now that no relay holds. SKIP LOCKED lets several app servers relay at once
     * without ever picking the same row.
     */
    @Query(value = """
            SELECT id FROM outbox_message
            WHERE status = 'PENDING' AND next_attempt_at <= :now
              AND (claimed_until IS NULL OR claimed_until < :now)
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED
            """, nativeQuery = true)
    List<Long> lockDue(Instant now, int limit);

    @Query("select m from OutboxMessage m where (:status is null or m.status = :status)")
    Page<OutboxMessage> findByStatus(OutboxStatus status, Pageable pageable);
}
