-- Notes from the care team. visible_to_client marks the ones written for the client to read.
CREATE TABLE care_team_note (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id         BIGINT       NOT NULL,
    author_id         BIGINT       NOT NULL,
    author_name       VARCHAR(120) NOT NULL,
    body              TEXT         NOT NULL,
    visible_to_client BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_note_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_note_author FOREIGN KEY (author_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_note_client ON care_team_note (client_id, visible_to_client, created_at);
