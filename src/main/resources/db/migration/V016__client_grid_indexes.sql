-- The clients grid sorts each column both ways and breaks ties by id ascending (ClientRoster). The V013 indexes
-- serve the ascending sorts. A descending sort needs the first column in descending order with id still
-- ascending, which no backward scan of an ascending index gives, so at 100,000 clients MariaDB read and sorted
-- the whole table for every such page (docs/BENCHMARKS.md). Descending indexes (MariaDB 10.8+), one for each
-- column the grid sorts on. The caseload (clinician-filtered) sorts keep the V013 indexes: one clinician's
-- clients are few enough to sort.
CREATE INDEX ix_client_name_desc ON client (preferred_name DESC, id);
CREATE INDEX ix_client_reference_desc ON client (reference DESC, id);
CREATE INDEX ix_client_check_in_desc ON client (last_check_in_at DESC, id);
CREATE INDEX ix_client_adherence_desc ON client (adherence_7d DESC, id);
CREATE INDEX ix_client_flags_desc ON client (open_flags DESC, id);
