--liquibase formatted sql

--changeset baku:ratification-3
-- A unit's own ratification route, when the one read from the organisation (unit heads review,
-- the perangkat daerah's head signs) does not fit: reviewer positions in order, and the signer.
CREATE TABLE approval_route (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    reviewer_positions  VARCHAR(500)  NOT NULL,
    signer_position_id  BIGINT        NOT NULL,
    CONSTRAINT fk_approval_route_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_approval_route_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_approval_route_signer FOREIGN KEY (signer_position_id) REFERENCES job_position (id) ON DELETE CASCADE,
    CONSTRAINT uk_approval_route_unit UNIQUE (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
