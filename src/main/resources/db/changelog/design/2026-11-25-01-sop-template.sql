--liquibase formatted sql

--changeset baku:design-template-1
-- An SOP template of a pemda: the author's form and the sheet layout. Its versions hold the
-- definition as JSON; SOPs point at the version they were made with.
CREATE TABLE sop_template (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    is_default  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_sop_template_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uk_sop_template_name UNIQUE (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sop_template_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    template_id BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    definition  LONGTEXT     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100),
    CONSTRAINT fk_sop_template_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_template_version_template FOREIGN KEY (template_id) REFERENCES sop_template (id) ON DELETE CASCADE,
    CONSTRAINT uk_sop_template_version UNIQUE (template_id, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:design-template-2
-- Null for SOPs stored before templates existed: they follow the national default.
ALTER TABLE sop_version ADD COLUMN template_version_id BIGINT NULL;
ALTER TABLE sop_version ADD CONSTRAINT fk_sop_version_template FOREIGN KEY (template_version_id) REFERENCES sop_template_version (id);
