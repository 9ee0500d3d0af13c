-- Clients in care, their medication plans (versioned), and the doses they record.
CREATE TABLE client (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    account_id           BIGINT       NOT NULL,
    reference            VARCHAR(16)  NOT NULL,
    preferred_name       VARCHAR(120) NOT NULL,
    primary_clinician_id BIGINT       NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_client_account UNIQUE (account_id),
    CONSTRAINT uk_client_reference UNIQUE (reference),
    CONSTRAINT fk_client_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_client_clinician FOREIGN KEY (primary_clinician_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_client_clinician ON client (primary_clinician_id);

CREATE TABLE medication_plan (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    client_id   BIGINT       NOT NULL,
    goals       TEXT         NULL,
    revision    INT          NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_plan_client UNIQUE (client_id),
    CONSTRAINT fk_plan_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One medication in a plan. Never deleted: discontinuing sets discontinued_on and a reason.
CREATE TABLE plan_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    plan_id             BIGINT        NOT NULL,
    medication_id       BIGINT        NOT NULL,
    dose_amount         DECIMAL(10,3) NOT NULL,
    dose_unit           VARCHAR(16)   NOT NULL,
    route               VARCHAR(30)   NOT NULL,
    as_needed           BOOLEAN       NOT NULL DEFAULT FALSE,
    times               VARCHAR(100)  NULL,
    max_daily_doses     INT           NULL,
    start_date          DATE          NOT NULL,
    end_date            DATE          NULL,
    purpose             VARCHAR(300)  NULL,
    instructions        VARCHAR(1000) NULL,
    prescriber          VARCHAR(120)  NULL,
    monitoring_notes    VARCHAR(1000) NULL,
    discontinued_on     DATE          NULL,
    discontinued_reason VARCHAR(500)  NULL,
    CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES medication_plan (id),
    CONSTRAINT fk_plan_item_medication FOREIGN KEY (medication_id) REFERENCES medication (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_plan_item_plan ON plan_item (plan_id);

-- Every change to a plan: who, when, why and what changed (old -> new), shown to the client.
CREATE TABLE plan_revision (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id       BIGINT        NOT NULL,
    revision      INT           NOT NULL,
    changed_at    TIMESTAMP(6)  NOT NULL,
    changed_by_id BIGINT        NULL,
    changed_by    VARCHAR(120)  NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    changes       TEXT          NOT NULL,
    CONSTRAINT uk_plan_revision UNIQUE (plan_id, revision),
    CONSTRAINT fk_plan_revision_plan FOREIGN KEY (plan_id) REFERENCES medication_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dose the client recorded. Undo within the short window voids the row; nothing is hard-deleted.
CREATE TABLE dose_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    client_id      BIGINT       NOT NULL,
    plan_item_id   BIGINT       NOT NULL,
    scheduled_for  TIMESTAMP(6) NULL,
    local_date     DATE         NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    skip_reason    VARCHAR(200) NULL,
    recorded_at    TIMESTAMP(6) NOT NULL,
    late           BOOLEAN      NOT NULL DEFAULT FALSE,
    voided_at      TIMESTAMP(6) NULL,
    CONSTRAINT fk_dose_log_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_dose_log_item FOREIGN KEY (plan_item_id) REFERENCES plan_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_dose_log_client_date ON dose_log (client_id, local_date, status);
CREATE INDEX ix_dose_log_item_scheduled ON dose_log (plan_item_id, scheduled_for);
