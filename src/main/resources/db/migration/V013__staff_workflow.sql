-- The staff dashboard: consultation triage, the care team's view of clients, break-glass access, the audit
-- trail of record views, responses to flags and side effects, and interaction overrides on plan changes.

-- Triage: who works the request, when its status last changed, and the client it became.
ALTER TABLE consultation_request
    ADD COLUMN assignee_id       BIGINT       NULL,
    ADD COLUMN status_changed_at TIMESTAMP(6) NULL,
    ADD COLUMN client_id         BIGINT       NULL,
    ADD CONSTRAINT fk_consultation_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id),
    ADD CONSTRAINT fk_consultation_client FOREIGN KEY (client_id) REFERENCES client (id);

CREATE INDEX ix_consultation_assignee ON consultation_request (assignee_id, status, created_at);

-- Every status change, assignment and note on a request: who and when. Append-only.
CREATE TABLE consultation_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT       NOT NULL,
    occurred_at   TIMESTAMP(6) NOT NULL,
    actor_id      BIGINT       NULL,
    actor_name    VARCHAR(120) NOT NULL,
    kind          VARCHAR(12)  NOT NULL,
    from_status   VARCHAR(16)  NULL,
    to_status     VARCHAR(16)  NULL,
    note          TEXT         NULL,
    CONSTRAINT fk_consultation_event_request FOREIGN KEY (request_id) REFERENCES consultation_request (id),
    CONSTRAINT fk_consultation_event_actor FOREIGN KEY (actor_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consultation_event_request ON consultation_event (request_id, occurred_at);

-- Contact details and the care team's at-a-glance figures. The figures are kept up to date by the services
-- that record check-ins, doses and flags (and a nightly refresh for adherence, which moves as days pass), so
-- the clients grid can page, sort and filter on them in the database at any size.
ALTER TABLE client
    ADD COLUMN phone                 VARCHAR(20)  NULL,
    ADD COLUMN follow_up_days        INT          NOT NULL DEFAULT 14,
    ADD COLUMN last_check_in_at      TIMESTAMP(6) NULL,
    ADD COLUMN adherence_7d          INT          NULL,
    ADD COLUMN adherence_computed_on DATE         NULL,
    ADD COLUMN open_flags            INT          NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_client_adherence CHECK (adherence_7d IS NULL OR adherence_7d BETWEEN 0 AND 100),
    ADD CONSTRAINT ck_client_follow_up CHECK (follow_up_days BETWEEN 1 AND 365);

CREATE INDEX ix_client_name ON client (preferred_name);
CREATE INDEX ix_client_clinician_name ON client (primary_clinician_id, preferred_name);
CREATE INDEX ix_client_last_check_in ON client (last_check_in_at);
CREATE INDEX ix_client_clinician_check_in ON client (primary_clinician_id, last_check_in_at);
CREATE INDEX ix_client_adherence ON client (adherence_7d);
CREATE INDEX ix_client_clinician_adherence ON client (primary_clinician_id, adherence_7d);
CREATE INDEX ix_client_open_flags ON client (open_flags);
CREATE INDEX ix_client_clinician_flags ON client (primary_clinician_id, open_flags);

-- Break-glass: a clinician opening a record outside their caseload states why; access lasts a limited time.
CREATE TABLE client_access_grant (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id     BIGINT       NOT NULL,
    clinician_id  BIGINT       NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    granted_at    TIMESTAMP(6) NOT NULL,
    expires_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_grant_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_grant_clinician FOREIGN KEY (clinician_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_grant_lookup ON client_access_grant (clinician_id, client_id, expires_at);
CREATE INDEX ix_grant_granted ON client_access_grant (granted_at);

-- The audit trail: who did what, when, to which client's record, from where. Append-only.
CREATE TABLE audit_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at     TIMESTAMP(6) NOT NULL,
    actor_id        BIGINT       NULL,
    actor_name      VARCHAR(120) NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    client_id       BIGINT       NULL,
    section         VARCHAR(32)  NULL,
    detail          VARCHAR(500) NULL,
    remote_address  VARCHAR(64)  NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_client ON audit_event (client_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor_id, occurred_at);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);

-- The care team's answer to an urgent flag or a side-effect report, shown to the client.
ALTER TABLE urgent_flag
    ADD COLUMN response      TEXT         NULL,
    ADD COLUMN responded_at  TIMESTAMP(6) NULL,
    ADD COLUMN responded_by  BIGINT       NULL,
    ADD COLUMN resolved_by   BIGINT       NULL;

CREATE INDEX ix_flag_unresolved ON urgent_flag (resolved_at, raised_at);

ALTER TABLE side_effect_report
    ADD COLUMN responded_at  TIMESTAMP(6) NULL,
    ADD COLUMN responded_by  BIGINT       NULL,
    ADD COLUMN resolved_by   BIGINT       NULL;

-- An interaction the clinician saw before saving a plan change, and why they went ahead.
ALTER TABLE plan_revision
    ADD COLUMN interaction_codes VARCHAR(300)  NULL,
    ADD COLUMN override_reason   VARCHAR(1000) NULL;
