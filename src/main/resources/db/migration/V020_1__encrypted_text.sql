-- Free-text clinical fields are encrypted at rest (AES-GCM, see base/crypto/FieldCipher): a stored value is
-- "v1:<key id>:<base64>", about 4/3 of the text's UTF-8 bytes plus 40 characters. The side-effect description
-- was VARCHAR(200); consultation message, check-in note and care-team note were TEXT already.
ALTER TABLE side_effect_report MODIFY other_text TEXT NULL;
