-- Daily check-ins, side-effect reports, questionnaire results and urgent flags for the care team.
CREATE TABLE check_in (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    client_id    BIGINT       NOT NULL,
    local_date   DATE         NOT NULL,
    recorded_at  TIMESTAMP(6) NOT NULL,
    cravings     INT          NOT NULL,
    mood         INT          NOT NULL,
    sleep_hours  DECIMAL(3,1) NULL,
    note         TEXT         NULL,
    urgent       BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_check_in_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_check_in_cravings CHECK (cravings BETWEEN 0 AND 10),
    CONSTRAINT ck_check_in_mood CHECK (mood BETWEEN 0 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_check_in_client_date ON check_in (client_id, local_date);

CREATE TABLE side_effect_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    client_id        BIGINT       NOT NULL,
    check_in_id      BIGINT       NULL,
    side_effect_id   BIGINT       NULL,
    other_text       VARCHAR(200) NULL,
    severity         VARCHAR(10)  NOT NULL,
    reported_at      TIMESTAMP(6) NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    acknowledged_at  TIMESTAMP(6) NULL,
    acknowledged_by  BIGINT       NULL,
    response         TEXT         NULL,
    resolved_at      TIMESTAMP(6) NULL,
    CONSTRAINT fk_ser_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_ser_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id),
    CONSTRAINT fk_ser_side_effect FOREIGN KEY (side_effect_id) REFERENCES medication_side_effect (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ser_client ON side_effect_report (client_id, reported_at);
CREATE INDEX ix_ser_status ON side_effect_report (status, reported_at);

CREATE TABLE questionnaire_response (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT       NOT NULL,
    check_in_id   BIGINT       NULL,
    instrument    VARCHAR(8)   NOT NULL,
    answers       VARCHAR(40)  NOT NULL,
    total         INT          NOT NULL,
    band          VARCHAR(20)  NOT NULL,
    completed_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_qr_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_qr_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_qr_client_instrument ON questionnaire_response (client_id, instrument, completed_at);

-- Something the care team must look at soon. Never deleted: acknowledged, answered, resolved.
CREATE TABLE urgent_flag (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    client_id        BIGINT       NOT NULL,
    check_in_id      BIGINT       NULL,
    reason           VARCHAR(24)  NOT NULL,
    raised_at        TIMESTAMP(6) NOT NULL,
    acknowledged_at  TIMESTAMP(6) NULL,
    acknowledged_by  BIGINT       NULL,
    resolved_at      TIMESTAMP(6) NULL,
    CONSTRAINT fk_flag_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_flag_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_flag_open ON urgent_flag (acknowledged_at, raised_at);
CREATE INDEX ix_flag_client ON urgent_flag (client_id, raised_at);
