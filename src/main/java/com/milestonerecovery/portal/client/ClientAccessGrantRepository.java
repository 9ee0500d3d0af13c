package com.milestonerecovery.portal.client;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientAccessGrantRepository extends JpaRepository<ClientAccessGrant, Long> {

    @Query("""
            select max(g.expiresAt) from ClientAccessGrant g
            where g.clinicianId = :clinicianId and g.clientId = :clientId and g.expiresAt > :now""")
    Optional<Instant> activeUntil(Long clinicianId, Long clientId, Instant now);
}
