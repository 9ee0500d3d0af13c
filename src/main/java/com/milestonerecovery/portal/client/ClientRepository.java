package com.milestonerecovery.portal.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

    Optional<Client> findByAccountId(Long accountId);

    boolean existsByReference(String reference);

    @Query(value = """
            select a.email from client c join user_account a on a.id = c.primary_clinician_id
            where c.id = :clientId and a.enabled = true""", nativeQuery = true)
    Optional<String> findPrimaryClinicianEmail(Long clientId);

    @Query(value = "select email from user_account where id = :accountId", nativeQuery = true)
    Optional<String> findAccountEmail(Long accountId);
}
