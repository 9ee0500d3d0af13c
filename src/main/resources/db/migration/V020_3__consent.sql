-- 42 CFR Part 2 consents: the client agreed that a named recipient may receive named information until a
-- date. Revoking stops later disclosures; rows are never deleted (who recorded and revoked, and when).
CREATE TABLE consent (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT       NOT NULL,
    recipient     VARCHAR(200) NOT NULL,
    purpose       VARCHAR(500) NOT NULL,
    expires_on    DATE         NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    recorded_at   TIMESTAMP(6) NOT NULL,
    revoked_at    TIMESTAMP(6) NULL,
    revoked_by    BIGINT       NULL,
    CONSTRAINT fk_consent_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_consent_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_consent_revoked_by FOREIGN KEY (revoked_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consent_client ON consent (client_id, recorded_at);
