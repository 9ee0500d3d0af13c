-- A dose change ends the old plan item with "Changed: " and the clinician's reason, which may be 500 characters:
-- the column must hold the prefix too (found by the bad-input suite; a full-length reason was refused as a conflict).
ALTER TABLE plan_item MODIFY discontinued_reason VARCHAR(520) NULL;
