--liquibase formatted sql

--changeset baku:execution-1
-- A run of an effective SOP version ("Peliputan HUT Kota Tangerang ke-32"). It keeps the version it
-- started on, even after a revision is ratified.
CREATE TABLE sop_run (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    sop_id       BIGINT       NOT NULL,
    sop_version_id BIGINT     NOT NULL,
    unit_id      BIGINT       NOT NULL,
    title        VARCHAR(300) NOT NULL,
    reference    VARCHAR(200),
    status       VARCHAR(16)  NOT NULL,
    started_by   VARCHAR(100) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    completed_at DATETIME(6),
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_sop_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_run_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT fk_sop_run_version FOREIGN KEY (sop_version_id) REFERENCES sop_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_sop_run_tenant_status ON sop_run (tenant_id, status);
CREATE INDEX ix_sop_run_tenant_sop ON sop_run (tenant_id, sop_id);

--changeset baku:execution-2
-- One execution of a step in a run; a loop back runs a step again as its next attempt. Its Mutu Baku
-- is copied in when it becomes ready, so timing and the overdue job need no SOP content. The version
-- column makes two people completing the same step at once end with one winner.
CREATE TABLE step_execution (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT       NOT NULL,
    run_id           BIGINT       NOT NULL,
    step             INT          NOT NULL,
    attempt          INT          NOT NULL,
    executor_column  INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    standard_minutes INT          NOT NULL,
    ready_at         DATETIME(6)  NOT NULL,
    due_at           DATETIME(6)  NOT NULL,
    assigned_to      VARCHAR(100),
    taken_by         VARCHAR(100),
    taken_at         DATETIME(6),
    completed_by     VARCHAR(100),
    completed_at     DATETIME(6),
    outcome          VARCHAR(8),
    next_step        INT,
    requirements     TEXT,
    output_text      TEXT,
    note             TEXT,
    deviations       VARCHAR(100),
    overdue_at       DATETIME(6),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_step_execution_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_execution_run FOREIGN KEY (run_id) REFERENCES sop_run (id) ON DELETE CASCADE,
    CONSTRAINT uk_step_execution_attempt UNIQUE (run_id, step, attempt)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_step_execution_tenant_status ON step_execution (tenant_id, status, due_at);

--changeset baku:execution-3
-- A file recorded as (part of) a step's Output; the bytes live in the attachment storage.
CREATE TABLE step_attachment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL,
    step_execution_id BIGINT       NOT NULL,
    storage_key       VARCHAR(300) NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL,
    uploaded_by       VARCHAR(100) NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_step_attachment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_attachment_execution FOREIGN KEY (step_execution_id) REFERENCES step_execution (id) ON DELETE CASCADE,
    CONSTRAINT uk_step_attachment_key UNIQUE (storage_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:execution-4
-- Which jabatan run a free-label Pelaksana column of an SOP ("Tim Kreatif …"), set by the tenant
-- admin before the SOP can run; by label, so the mapping survives revisions.
CREATE TABLE executor_mapping (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    sop_id      BIGINT       NOT NULL,
    label       VARCHAR(300) NOT NULL,
    position_id BIGINT       NOT NULL,
    CONSTRAINT fk_executor_mapping_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_executor_mapping_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT fk_executor_mapping_position FOREIGN KEY (position_id) REFERENCES job_position (id) ON DELETE CASCADE,
    CONSTRAINT uk_executor_mapping UNIQUE (sop_id, label, position_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:execution-5
-- A lease per scheduled job: the replica that moves the lease forward runs the job for that period,
-- the others skip it. Not per pemda: one job serves every pemda.
CREATE TABLE job_lease (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    holder      VARCHAR(200),
    valid_until DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO job_lease (name, holder, valid_until) VALUES ('overdue-steps', NULL, '2000-01-01 00:00:00');

--changeset baku:execution-6
-- The largest attachment a pemda accepts per file, in MB.
CREATE TABLE execution_settings (
    id                  BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT NOT NULL,
    max_attachment_mb   INT    NOT NULL,
    version             INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_execution_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uk_execution_settings_tenant UNIQUE (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
