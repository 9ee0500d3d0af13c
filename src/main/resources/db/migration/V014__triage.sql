-- Triage history: an assignment event names who the request went to (NULL: it was unassigned), as an account
-- id rather than free text, so the history shows the current display name and nothing is parsed out of notes.
ALTER TABLE consultation_event
    ADD COLUMN assignee_id BIGINT NULL,
    ADD CONSTRAINT fk_consultation_event_assignee FOREIGN KEY (assignee_id) REFERENCES user_account (id);
