-- The authenticator key is stored encrypted (v1:<key id>:<base64 of IV and ciphertext>), like the clinical
-- free text: room for the envelope. Keys stored before this read back as they are (no v1: prefix).
ALTER TABLE user_account MODIFY COLUMN totp_secret VARCHAR(255) NULL;
