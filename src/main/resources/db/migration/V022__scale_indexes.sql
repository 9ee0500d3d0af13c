-- Data scale (docs/BENCHMARKS.md, "Data scale"): the dashboard's "overdue for a follow-up" panel read every client
-- with two correlated subqueries on appointment (6 s and more at 100,000 clients). Each client now carries when their
-- next follow-up is due (their cadence after the last completed visit, or after enrolment) and until when they are
-- booked (the latest start of a SCHEDULED appointment), kept up to date by the scheduling service on every booking,
-- move, status change and cadence change, and by the nightly figures job. Overdue = due before now and not booked
-- until now or later: two range scans on the indexes below, whatever the clinic's size.
ALTER TABLE client
    ADD COLUMN follow_up_due_at TIMESTAMP(6) NULL,
    ADD COLUMN booked_until     TIMESTAMP(6) NULL;

-- One client's last completed visit and latest scheduled start: a dive into this index each, no row reads.
CREATE INDEX ix_appointment_client_status_start ON appointment (client_id, status, starts_at);

UPDATE client c SET
    c.follow_up_due_at = DATE_ADD(COALESCE((SELECT MAX(v.starts_at) FROM appointment v
                                            WHERE v.client_id = c.id AND v.status = 'COMPLETED'), c.created_at),
                                  INTERVAL c.follow_up_days DAY),
    c.booked_until = (SELECT MAX(n.starts_at) FROM appointment n WHERE n.client_id = c.id AND n.status = 'SCHEDULED');

-- The panel lists the most overdue first (due moment, then name) and counts the rest: a walk of these indexes that
-- stops after the first rows, filtering "booked" inside the index.
CREATE INDEX ix_client_follow_up ON client (follow_up_due_at, preferred_name, booked_until);
CREATE INDEX ix_client_clinician_follow_up ON client (primary_clinician_id, follow_up_due_at, preferred_name,
    booked_until);

-- The dashboard's low-adherence panel lists the lowest first (then by name): with the name in the index that is a
-- walk of the first rows, not a sort of every client under the threshold (29,580 at 100,000 clients).
CREATE INDEX ix_client_adherence_name ON client (adherence_7d, preferred_name);
CREATE INDEX ix_client_clinician_adherence_name ON client (primary_clinician_id, adherence_7d, preferred_name);
