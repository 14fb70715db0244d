--liquibase formatted sql

--changeset baku:design-1
-- An SOP of a unit; what it says lives in its versions.
CREATE TABLE sop (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT      NOT NULL,
    unit_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_sop_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sop_tenant_unit ON sop (tenant_id, unit_id);

--changeset baku:design-2
-- One version (revision) of an SOP. The identity section and the step table are kept whole as
-- JSON: a version is read and written as one document, and ratified versions never change.
-- Number and title are copied out for listing, searching and the per-tenant uniqueness check.
CREATE TABLE sop_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    sop_id      BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    number      VARCHAR(100),
    title       VARCHAR(500) NOT NULL,
    content     LONGTEXT     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100),
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100),
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_sop_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_version_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT uk_sop_version_revision UNIQUE (sop_id, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sop_version_tenant_number ON sop_version (tenant_id, number);
CREATE INDEX ix_sop_version_tenant_status ON sop_version (tenant_id, status);
