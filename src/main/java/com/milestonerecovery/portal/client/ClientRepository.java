package com.milestonerecovery.portal.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, Long> {

    Optional<Client> findByAccountId(Long accountId);
}
