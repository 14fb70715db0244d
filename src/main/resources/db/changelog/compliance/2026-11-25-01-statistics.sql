--liquibase formatted sql

--changeset baku:compliance-1
-- Figures kept up to date as runs start and steps complete (in the same transaction), per SOP and
-- month of the pemda's calendar, so that dashboards read a few rows instead of every step execution.
CREATE TABLE run_statistic (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT NOT NULL,
    sop_id           BIGINT NOT NULL,
    unit_id          BIGINT NOT NULL,
    month            DATE   NOT NULL,
    started          INT    NOT NULL DEFAULT 0,
    completed        INT    NOT NULL DEFAULT 0,
    completed_within INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_run_statistic_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_run_statistic_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT uk_run_statistic UNIQUE (tenant_id, sop_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE step_statistic (
    id               BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        BIGINT NOT NULL,
    sop_id           BIGINT NOT NULL,
    unit_id          BIGINT NOT NULL,
    step             INT    NOT NULL,
    month            DATE   NOT NULL,
    executions       INT    NOT NULL DEFAULT 0,
    within_standard  INT    NOT NULL DEFAULT 0,
    late             INT    NOT NULL DEFAULT 0,
    incomplete       INT    NOT NULL DEFAULT 0,
    no_output        INT    NOT NULL DEFAULT 0,
    total_seconds    BIGINT NOT NULL DEFAULT 0,
    standard_minutes INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_step_statistic_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_statistic_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT uk_step_statistic UNIQUE (tenant_id, sop_id, step, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How long the executions of a step took against its Waktu, in buckets of a tenth of the standard
-- (bucket 10 is 100-110 %, bucket 30 is 300 % and more): enough for a p90 without every row.
CREATE TABLE step_statistic_bucket (
    id        BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    sop_id    BIGINT NOT NULL,
    step      INT    NOT NULL,
    month     DATE   NOT NULL,
    bucket    INT    NOT NULL,
    executions INT   NOT NULL DEFAULT 0,
    CONSTRAINT fk_step_statistic_bucket_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_step_statistic_bucket_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT uk_step_statistic_bucket UNIQUE (tenant_id, sop_id, step, month, bucket)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
