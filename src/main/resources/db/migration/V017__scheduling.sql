-- Scheduling: conflict guard, working hours, client requests, reminders, the cluster-safe job table, and mail
-- attachments (reminders carry an .ics file).

-- When the appointment's current start time was set (booking or last move). Reminders whose moment had already
-- passed then are not sent (the person who booked knows). NULL for rows written before: created_at stands in.
ALTER TABLE appointment
    ADD COLUMN time_set_at TIMESTAMP(6) NULL,
    ADD COLUMN created_by  BIGINT       NULL,
    ADD CONSTRAINT fk_appointment_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    ADD CONSTRAINT fk_appointment_status_by FOREIGN KEY (status_changed_by) REFERENCES user_account (id);

CREATE INDEX ix_appointment_status_start ON appointment (status, starts_at);

-- The double-booking guard. Every SCHEDULED appointment holds one row per 15-minute slot it covers, for its
-- clinician and for its client. The primary keys make a second booking of a held slot fail in the database,
-- whatever the application checked before: of two simultaneous bookings exactly one commits. Rows go when the
-- appointment leaves SCHEDULED or moves.
CREATE TABLE clinician_slot (
    clinician_id   BIGINT       NOT NULL,
    slot_start     TIMESTAMP(6) NOT NULL,
    appointment_id BIGINT       NOT NULL,
    PRIMARY KEY (clinician_id, slot_start),
    CONSTRAINT fk_clinician_slot_clinician FOREIGN KEY (clinician_id) REFERENCES user_account (id),
    CONSTRAINT fk_clinician_slot_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_clinician_slot_appointment ON clinician_slot (appointment_id);

CREATE TABLE client_slot (
    client_id      BIGINT       NOT NULL,
    slot_start     TIMESTAMP(6) NOT NULL,
    appointment_id BIGINT       NOT NULL,
    PRIMARY KEY (client_id, slot_start),
    CONSTRAINT fk_client_slot_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_client_slot_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_client_slot_appointment ON client_slot (appointment_id);

-- Appointments booked before this migration that are still ahead hold their slots too. Overlaps that already
-- existed are kept as they are (IGNORE); the service's overlap check still sees them.
INSERT IGNORE INTO clinician_slot (clinician_id, slot_start, appointment_id)
WITH RECURSIVE covered (appointment_id, owner_id, slot_start, ends_at) AS (
    SELECT id, clinician_id, FROM_UNIXTIME(FLOOR(UNIX_TIMESTAMP(starts_at) / 900) * 900), ends_at
    FROM appointment WHERE status = 'SCHEDULED' AND ends_at > CURRENT_TIMESTAMP(6)
    UNION ALL
    SELECT appointment_id, owner_id, slot_start + INTERVAL 15 MINUTE, ends_at FROM covered
    WHERE slot_start + INTERVAL 15 MINUTE < ends_at
)
SELECT owner_id, slot_start, appointment_id FROM covered;

INSERT IGNORE INTO client_slot (client_id, slot_start, appointment_id)
WITH RECURSIVE covered (appointment_id, owner_id, slot_start, ends_at) AS (
    SELECT id, client_id, FROM_UNIXTIME(FLOOR(UNIX_TIMESTAMP(starts_at) / 900) * 900), ends_at
    FROM appointment WHERE status = 'SCHEDULED' AND ends_at > CURRENT_TIMESTAMP(6)
    UNION ALL
    SELECT appointment_id, owner_id, slot_start + INTERVAL 15 MINUTE, ends_at FROM covered
    WHERE slot_start + INTERVAL 15 MINUTE < ends_at
)
SELECT owner_id, slot_start, appointment_id FROM covered;

-- A clinician's working hours, per weekday, in the clinic's local time (several rows make a split day). A clinician
-- without rows works the clinic's hours (configuration); with rows, only inside both.
CREATE TABLE clinician_hours (
    id           BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinician_id BIGINT   NOT NULL,
    day_of_week  TINYINT  NOT NULL,
    starts_at    TIME     NOT NULL,
    ends_at      TIME     NOT NULL,
    CONSTRAINT fk_clinician_hours_clinician FOREIGN KEY (clinician_id) REFERENCES user_account (id),
    CONSTRAINT ck_clinician_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_clinician_hours_times CHECK (ends_at > starts_at),
    CONSTRAINT uk_clinician_hours UNIQUE (clinician_id, day_of_week, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A client's request to move or cancel an appointment, worked through by the care team. At most one open request
-- per appointment (open_appointment is the appointment id while OPEN, NULL after, and unique).
CREATE TABLE appointment_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    appointment_id    BIGINT        NOT NULL,
    client_id         BIGINT        NOT NULL,
    kind              VARCHAR(12)   NOT NULL,
    client_note       VARCHAR(500)  NULL,
    status            VARCHAR(12)   NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    handled_at        TIMESTAMP(6)  NULL,
    handled_by        BIGINT        NULL,
    outcome           VARCHAR(500)  NULL,
    open_appointment  BIGINT AS (IF(status = 'OPEN', appointment_id, NULL)) PERSISTENT,
    CONSTRAINT fk_request_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_request_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_request_handled_by FOREIGN KEY (handled_by) REFERENCES user_account (id),
    CONSTRAINT uk_request_open UNIQUE (open_appointment)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_request_status ON appointment_request (status, created_at);
CREATE INDEX ix_request_client ON appointment_request (client_id, created_at);

-- Reminders: one row per appointment, offset and start time, written in the same transaction as the outbox
-- message. The unique key is the exactly-once guard, whatever runs the job and however often.
CREATE TABLE appointment_reminder (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id     BIGINT       NOT NULL,
    offset_minutes     INT          NOT NULL,
    starts_at          TIMESTAMP(6) NOT NULL,
    outcome            VARCHAR(16)  NOT NULL,
    outbox_message_id  BIGINT       NULL,
    recorded_at        TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_reminder UNIQUE (appointment_id, offset_minutes, starts_at),
    CONSTRAINT fk_reminder_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_reminder_outbox FOREIGN KEY (outbox_message_id) REFERENCES outbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_reminder_recorded ON appointment_reminder (recorded_at);

-- Files attached to outgoing mail (the reminder's calendar file).
CREATE TABLE outbox_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    message_id    BIGINT       NOT NULL,
    filename      VARCHAR(100) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    CONSTRAINT fk_outbox_attachment_message FOREIGN KEY (message_id) REFERENCES outbox_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_attachment_message ON outbox_attachment (message_id);

-- db-scheduler's table (its MariaDB schema): the reminder job is a recurring task that one app server at a time
-- picks, with heartbeats, so a dead server's run is taken over.
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB,
    execution_time       TIMESTAMP(6) NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP(6) NULL,
    last_failure         TIMESTAMP(6) NULL,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP(6) NULL,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance),
    INDEX execution_time_idx (execution_time),
    INDEX last_heartbeat_idx (last_heartbeat),
    INDEX priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every booking, move and status change of an appointment: who, when, from which time to which, and why.
-- Append-only.
CREATE TABLE appointment_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id  BIGINT       NOT NULL,
    changed_at      TIMESTAMP(6) NOT NULL,
    changed_by      BIGINT       NULL,
    kind            VARCHAR(12)  NOT NULL,
    old_starts_at   TIMESTAMP(6) NULL,
    new_starts_at   TIMESTAMP(6) NULL,
    reason          VARCHAR(500) NULL,
    CONSTRAINT fk_appointment_change_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_appointment_change_by FOREIGN KEY (changed_by) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_appointment_change_appointment ON appointment_change (appointment_id, changed_at);
