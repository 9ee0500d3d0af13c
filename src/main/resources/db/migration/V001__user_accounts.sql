-- Unique accounts for every person who signs in. Roles per account (CLIENT, CLINICIAN, COORDINATOR, ADMIN).
CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    username        VARCHAR(64)  NOT NULL,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(255) NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    locked          BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL,
    last_login_at   TIMESTAMP(6) NULL,
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role            VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (user_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_user_account_role_role ON user_account_role (role);
