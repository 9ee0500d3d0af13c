-- Follow-ups and other appointments. Stored in UTC; shown in the clinic's zone. Never deleted: cancelled,
-- completed and no-show carry who, when and why.
CREATE TABLE appointment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    client_id          BIGINT        NOT NULL,
    clinician_id       BIGINT        NOT NULL,
    type               VARCHAR(20)   NOT NULL,
    starts_at          TIMESTAMP(6)  NOT NULL,
    ends_at            TIMESTAMP(6)  NOT NULL,
    location           VARCHAR(200)  NULL,
    telehealth_url     VARCHAR(500)  NULL,
    status             VARCHAR(12)   NOT NULL,
    status_changed_at  TIMESTAMP(6)  NULL,
    status_changed_by  BIGINT        NULL,
    status_reason      VARCHAR(500)  NULL,
    staff_notes        TEXT          NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_appointment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_appointment_clinician FOREIGN KEY (clinician_id) REFERENCES user_account (id),
    CONSTRAINT ck_appointment_times CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_appointment_client_start ON appointment (client_id, starts_at);
CREATE INDEX ix_appointment_clinician_start ON appointment (clinician_id, starts_at);
CREATE INDEX ix_appointment_start ON appointment (starts_at, status);
