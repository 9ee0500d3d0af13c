-- Authentication (issue 7): timed lockout, throttling by client address, TOTP second factor, recovery codes.

-- A lock that ends by itself (locked stays the admin's permanent lock); when the last failure happened
-- (throttling waits from there); the TOTP secret (Base32, never logged) and when it was confirmed; the last
-- TOTP time step accepted, so a code works once (RFC 6238 section 5.2).
ALTER TABLE user_account
    ADD COLUMN locked_until        TIMESTAMP(6) NULL,
    ADD COLUMN last_failed_login_at TIMESTAMP(6) NULL,
    ADD COLUMN totp_secret         VARCHAR(64)  NULL,
    ADD COLUMN totp_enabled_at     TIMESTAMP(6) NULL,
    ADD COLUMN totp_last_step      BIGINT       NULL;

-- One-time recovery codes for the second factor, stored as SHA-256 hashes (the codes are random, 50 bits).
CREATE TABLE recovery_code (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_account_id BIGINT       NOT NULL,
    code_hash       CHAR(64)     NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    used_at         TIMESTAMP(6) NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (user_account_id) REFERENCES user_account (id),
    CONSTRAINT uk_recovery_code_hash UNIQUE (user_account_id, code_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins per client address in the current window, and the block that follows too many.
CREATE TABLE login_address_failure (
    address         VARCHAR(64)  NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    window_start    TIMESTAMP(6) NOT NULL,
    blocked_until   TIMESTAMP(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
