-- The audit trail is append-only in the database too: no statement may change or remove an event, whoever
-- sends it (the application's own account included). Retention, if ever needed, is a DBA task that drops
-- the triggers under change control.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: updates are refused';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: deletes are refused';
