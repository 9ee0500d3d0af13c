-- How the clinic may contact a client outside the portal (chosen by the client on /portal/account).
ALTER TABLE client
    ADD COLUMN email_reminders       BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN email_may_name_clinic BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN voicemail_may_name_clinic BOOLEAN NOT NULL DEFAULT FALSE;
