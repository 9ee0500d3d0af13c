-- Single-use, short-lived tokens for password reset and account activation. Only a SHA-256 hash of the
-- token is stored, so a copy of the database cannot be used to take over accounts.
CREATE TABLE account_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(12)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_token_account ON account_token (account_id, purpose, used_at);
