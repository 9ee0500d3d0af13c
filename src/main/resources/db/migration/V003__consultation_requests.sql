-- Confidential consultation requests from the public site. Everything here is treated as PHI.
CREATE TABLE consultation_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    reference             VARCHAR(16)   NOT NULL,
    submission_token      VARCHAR(64)   NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    preferred_name        VARCHAR(80)   NOT NULL,
    contact_method        VARCHAR(8)    NOT NULL,
    phone                 VARCHAR(20)   NULL,
    email                 VARCHAR(254)  NULL,
    best_times            VARCHAR(200)  NULL,
    may_identify_clinic   BOOLEAN       NOT NULL,
    current_medications   VARCHAR(1000) NULL,
    message               TEXT          NULL,
    referral_source       VARCHAR(200)  NULL,
    language              VARCHAR(8)    NOT NULL,
    consent_given_at      TIMESTAMP(6)  NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    CONSTRAINT uk_consultation_reference UNIQUE (reference),
    CONSTRAINT uk_consultation_submission UNIQUE (submission_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consultation_status_created ON consultation_request (status, created_at);
CREATE INDEX ix_consultation_created ON consultation_request (created_at);

CREATE TABLE consultation_concern (
    consultation_request_id BIGINT      NOT NULL,
    concern                 VARCHAR(20) NOT NULL,
    PRIMARY KEY (consultation_request_id, concern),
    CONSTRAINT fk_consultation_concern_request FOREIGN KEY (consultation_request_id)
        REFERENCES consultation_request (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
