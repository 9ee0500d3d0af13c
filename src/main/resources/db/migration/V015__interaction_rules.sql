-- The curated interaction and contraindication rules, as data the checker reads. The reviewed source is
-- reference/medication-tags.csv and reference/interaction-rules.csv in the code base; each start of the app
-- loads them here (InteractionRuleTable), so the running rules can be queried, reported and audited in SQL.
CREATE TABLE medication_tag (
    slug  VARCHAR(60) NOT NULL,
    tag   VARCHAR(40) NOT NULL,
    PRIMARY KEY (slug, tag)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE interaction_rule (
    code       VARCHAR(40)   NOT NULL PRIMARY KEY,
    tag_a      VARCHAR(40)   NOT NULL,
    tag_b      VARCHAR(40)   NOT NULL,
    severity   VARCHAR(20)   NOT NULL,
    reason_en  VARCHAR(1000) NOT NULL,
    action_en  VARCHAR(1000) NOT NULL,
    reason_es  VARCHAR(1000) NOT NULL,
    action_es  VARCHAR(1000) NOT NULL,
    source     VARCHAR(500)  NOT NULL,
    loaded_at  TIMESTAMP(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
