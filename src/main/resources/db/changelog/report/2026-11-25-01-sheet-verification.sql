--liquibase formatted sql

--changeset baku:report-1
-- The verification code printed on the sheets of a ratified SOP version. The code is looked up
-- without a signed-in user (the public /verify page), so the row names its pemda itself.
CREATE TABLE sheet_verification (
    code        VARCHAR(16) NOT NULL PRIMARY KEY,
    tenant_id   BIGINT      NOT NULL,
    version_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_sheet_verification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sheet_verification_version FOREIGN KEY (version_id) REFERENCES sop_version (id) ON DELETE CASCADE,
    CONSTRAINT uk_sheet_verification_version UNIQUE (version_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
