--liquibase formatted sql

--changeset baku:ratification-2
-- Every step of an SOP version's way: submitted, reviewed or returned (with the reviewer's note),
-- ratified, effective, superseded, retired. Who, when, from, to, note.
CREATE TABLE sop_transition (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    sop_id          BIGINT        NOT NULL,
    sop_version_id  BIGINT        NOT NULL,
    from_status     VARCHAR(16)   NOT NULL,
    to_status       VARCHAR(16)   NOT NULL,
    review_stage    INT,
    actor           VARCHAR(100)  NOT NULL,
    actor_name      VARCHAR(200),
    at              DATETIME(6)   NOT NULL,
    note            VARCHAR(2000),
    CONSTRAINT fk_sop_transition_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_transition_version FOREIGN KEY (sop_version_id) REFERENCES sop_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sop_transition_version ON sop_transition (tenant_id, sop_version_id, at);

-- The signature on a ratified version: who signed, as which position, when, and the SHA-256 of the
-- content signed. `method` is PASSWORD now; a certified electronic signature (TTE, BSrE) adds its
-- own method and evidence without changing the lifecycle.
CREATE TABLE sop_signature (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    sop_version_id  BIGINT        NOT NULL,
    signer          VARCHAR(100)  NOT NULL,
    signer_name     VARCHAR(200),
    signer_nip      VARCHAR(18),
    position_title  VARCHAR(300),
    signed_at       DATETIME(6)   NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    method          VARCHAR(16)   NOT NULL,
    evidence        LONGTEXT,
    CONSTRAINT fk_sop_signature_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_signature_version FOREIGN KEY (sop_version_id) REFERENCES sop_version (id) ON DELETE CASCADE,
    CONSTRAINT uk_sop_signature_version UNIQUE (sop_version_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
