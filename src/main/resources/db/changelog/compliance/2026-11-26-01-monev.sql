--liquibase formatted sql

--changeset baku:compliance-2
-- Formulir Monitoring Pelaksanaan SOP AP (Permenpan RB 35/2012): per unit and half-year, a row per SOP.
-- The SOP's number and name are kept as they were monitored, so a later revision leaves the form as signed.
CREATE TABLE monitoring_form (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    unit_id        BIGINT       NOT NULL,
    year           INT          NOT NULL,
    half           INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    opened_by      VARCHAR(100) NOT NULL,
    opened_at      TIMESTAMP(6) NOT NULL,
    monitor        VARCHAR(100),
    monitor_name   VARCHAR(200),
    monitor_nip    VARCHAR(18),
    monitor_position VARCHAR(200),
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMP(6),
    finalised_at   TIMESTAMP(6),
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_monitoring_form_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_monitoring_form_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uk_monitoring_form UNIQUE (tenant_id, unit_id, year, half),
    CONSTRAINT ck_monitoring_form_half CHECK (half IN (1, 2))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE monitoring_item (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    form_id         BIGINT        NOT NULL,
    position        INT           NOT NULL,
    sop_id          BIGINT,
    sop_number      VARCHAR(100),
    sop_title       VARCHAR(500)  NOT NULL,
    -- What the execution data of the half-year propose, refreshed while the form is open.
    proposed        VARCHAR(16)   NOT NULL,
    runs_started    INT           NOT NULL DEFAULT 0,
    runs_completed  INT           NOT NULL DEFAULT 0,
    step_executions INT           NOT NULL DEFAULT 0,
    steps_within    INT           NOT NULL DEFAULT 0,
    late            INT           NOT NULL DEFAULT 0,
    incomplete      INT           NOT NULL DEFAULT 0,
    no_output       INT           NOT NULL DEFAULT 0,
    worst_step      VARCHAR(600),
    -- What the monitor confirmed, and their paraf.
    assessment      VARCHAR(16),
    note            VARCHAR(2000),
    action          VARCHAR(2000),
    confirmed_by    VARCHAR(100),
    confirmed_name  VARCHAR(200),
    confirmed_at    TIMESTAMP(6),
    CONSTRAINT fk_monitoring_item_form FOREIGN KEY (form_id) REFERENCES monitoring_form (id) ON DELETE CASCADE,
    CONSTRAINT fk_monitoring_item_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE SET NULL,
    CONSTRAINT uk_monitoring_item UNIQUE (form_id, sop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Formulir Evaluasi SOP AP: per SOP and year, seven Ya/Tidak criteria with notes and a recommendation.
CREATE TABLE evaluation_form (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT       NOT NULL,
    sop_id              BIGINT       NOT NULL,
    sop_version_id      BIGINT       NOT NULL,
    unit_id             BIGINT       NOT NULL,
    sop_number          VARCHAR(100),
    sop_title           VARCHAR(500) NOT NULL,
    year                INT          NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    recommendation      VARCHAR(16),
    recommendation_note VARCHAR(2000),
    opened_by           VARCHAR(100) NOT NULL,
    opened_at           TIMESTAMP(6) NOT NULL,
    evaluator           VARCHAR(100),
    evaluator_name      VARCHAR(200),
    evaluator_nip       VARCHAR(18),
    evaluator_position  VARCHAR(200),
    updated_by          VARCHAR(100),
    updated_at          TIMESTAMP(6),
    finalised_at        TIMESTAMP(6),
    -- The follow-up of a recommendation: the revision it started, or the SOP it retired.
    revision_version_id BIGINT,
    retired_at          TIMESTAMP(6),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_evaluation_form_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_evaluation_form_sop FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE CASCADE,
    CONSTRAINT uk_evaluation_form UNIQUE (tenant_id, sop_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evaluation_answer (
    form_id   BIGINT        NOT NULL,
    criterion INT           NOT NULL,
    answer    BOOLEAN,
    note      VARCHAR(2000),
    PRIMARY KEY (form_id, criterion),
    CONSTRAINT fk_evaluation_answer_form FOREIGN KEY (form_id) REFERENCES evaluation_form (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
