--liquibase formatted sql

--changeset baku:tenant-1
CREATE TABLE tenant (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(64)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    address            VARCHAR(500),
    phone              VARCHAR(100),
    email              VARCHAR(150),
    website            VARCHAR(150),
    letterhead         TEXT         NOT NULL,
    logo               MEDIUMBLOB,
    logo_content_type  VARCHAR(100),
    time_zone          VARCHAR(8)   NOT NULL,
    paper_size         VARCHAR(4)   NOT NULL,
    sop_number_pattern VARCHAR(200) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_tenant_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:tenant-2
CREATE TABLE org_unit (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id BIGINT       NOT NULL,
    parent_id BIGINT,
    name      VARCHAR(255) NOT NULL,
    kind      VARCHAR(32)  NOT NULL,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_org_unit_tenant ON org_unit (tenant_id, parent_id);

--changeset baku:tenant-3
CREATE TABLE job_position (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id BIGINT       NOT NULL,
    unit_id   BIGINT,
    name      VARCHAR(255) NOT NULL,
    unit_head BOOLEAN      NOT NULL DEFAULT FALSE,
    version   INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_job_position_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_job_position_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uk_job_position_name UNIQUE (tenant_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:tenant-4
CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT       NOT NULL,
    username      VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    nip           CHAR(18),
    email         VARCHAR(150),
    password_hash VARCHAR(100),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT uk_app_user_nip UNIQUE (tenant_id, nip)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_app_user_tenant ON app_user (tenant_id);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_position (
    user_id     BIGINT  NOT NULL,
    position_id BIGINT  NOT NULL,
    acting      BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (user_id, position_id),
    CONSTRAINT fk_app_user_position_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_app_user_position_position FOREIGN KEY (position_id) REFERENCES job_position (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:tenant-5
CREATE TABLE legal_basis (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id BIGINT        NOT NULL,
    kind      VARCHAR(16)   NOT NULL,
    issuer    VARCHAR(255),
    number    VARCHAR(50)   NOT NULL,
    year      INT           NOT NULL,
    title     VARCHAR(1000),
    version   INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_legal_basis_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_legal_basis_tenant ON legal_basis (tenant_id, kind, year);

--changeset baku:tenant-6
-- Platform admins run Baku itself and belong to no pemda.
CREATE TABLE platform_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_platform_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
