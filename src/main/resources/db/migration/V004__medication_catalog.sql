-- The medication catalog: reference data shared by plans, education and interaction checks.
-- Education text lives in resource files content/medications/{slug}.{en,es}.md (Markdown, no HTML).
CREATE TABLE medication (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    slug            VARCHAR(60)   NOT NULL,
    name            VARCHAR(120)  NOT NULL,
    generic_name    VARCHAR(160)  NOT NULL,
    drug_class      VARCHAR(30)   NOT NULL,
    forms           VARCHAR(200)  NOT NULL,
    strengths       VARCHAR(200)  NOT NULL,
    default_unit    VARCHAR(16)   NOT NULL,
    default_route   VARCHAR(30)   NOT NULL,
    controlled      BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_medication_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_medication_class ON medication (drug_class);

CREATE TABLE medication_side_effect (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    medication_id   BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    label_en        VARCHAR(120)  NOT NULL,
    label_es        VARCHAR(120)  NOT NULL,
    serious         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_side_effect UNIQUE (medication_id, code),
    CONSTRAINT fk_side_effect_medication FOREIGN KEY (medication_id) REFERENCES medication (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
