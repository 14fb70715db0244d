--liquibase formatted sql

--changeset baku:ratification-1
-- The last Nomor SOP sequence given out in a pemda, per year. One row per pemda, locked while a
-- number is allocated, so that numbers come without gaps and without duplicates even when two
-- signers ratify at the same instant; a ratification that fails rolls its number back.
CREATE TABLE sop_number_sequence (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT  NOT NULL,
    year        INT     NOT NULL,
    last_value  INT     NOT NULL,
    CONSTRAINT fk_sop_number_sequence_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uk_sop_number_sequence_tenant UNIQUE (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sop_number_sequence (tenant_id, year, last_value) SELECT id, 0, 0 FROM tenant;
