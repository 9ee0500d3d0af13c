-- Outgoing mail, written in the same transaction as the change that causes it and sent by the relay
-- after commit. Rows are never deleted: status and attempts show what happened to each message.
CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL,
    next_attempt_at TIMESTAMP(6) NOT NULL,
    claimed_until   TIMESTAMP(6) NULL,
    sent_at         TIMESTAMP(6) NULL,
    last_error      VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at);
