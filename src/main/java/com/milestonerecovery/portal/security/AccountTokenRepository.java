package com.milestonerecovery.portal.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** Older links stop working when a new one is issued or one is used. */
    @Modifying
    @Query("""
            update AccountToken t set t.usedAt = :now
            where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null""")
    int invalidateOpen(Long accountId, TokenPurpose purpose, Instant now);
}
