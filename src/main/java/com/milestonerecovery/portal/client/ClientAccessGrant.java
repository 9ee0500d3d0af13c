package com.milestonerecovery.portal.client;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Break-glass: a clinician's time-limited, reasoned access to a record outside their caseload. Never edited. */
@Entity
@Table(name = "client_access_grant")
class ClientAccessGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "clinician_id", nullable = false)
    private Long clinicianId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ClientAccessGrant() {
    }

    ClientAccessGrant(long clientId, long clinicianId, String reason, Instant grantedAt, Instant expiresAt) {
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }
}
