--liquibase formatted sql

--changeset baku:saml-1
-- SAML 2.0 single sign-on of one pemda: its identity provider (the uploaded metadata, kept as
-- uploaded), how an assertion finds or makes a Baku user, and whether passwords still work.
-- role_mapping and position_mapping are lines "<attribute value>=<role code | jabatan name>".
CREATE TABLE saml_settings (
    tenant_id               BIGINT        NOT NULL PRIMARY KEY,
    enabled                 BOOLEAN       NOT NULL DEFAULT FALSE,
    idp_metadata            MEDIUMTEXT    NOT NULL,
    idp_entity_id           VARCHAR(500)  NOT NULL,
    match_kind              VARCHAR(16)   NOT NULL,
    match_attribute         VARCHAR(200),
    name_attribute          VARCHAR(200),
    role_attribute          VARCHAR(200),
    role_mapping            TEXT,
    position_attribute      VARCHAR(200),
    position_mapping        TEXT,
    jit_enabled             BOOLEAN       NOT NULL DEFAULT FALSE,
    password_login_disabled BOOLEAN       NOT NULL DEFAULT FALSE,
    break_glass_username    VARCHAR(100),
    idp_initiated_allowed   BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at              DATETIME(6)   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_saml_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset baku:saml-2
-- Baku's signing keys per pemda. The private key is kept encrypted (AES-GCM, key from
-- BAKU_SAML_KEY_SECRET); retired_at is set when a newer key replaces it.
CREATE TABLE saml_key (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT       NOT NULL,
    certificate    TEXT         NOT NULL,
    private_key    TEXT         NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    retired_at     DATETIME(6),
    CONSTRAINT fk_saml_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_saml_key_tenant ON saml_key (tenant_id, retired_at);

--changeset baku:saml-3
-- Assertion ids already used to sign in, until the assertion would have expired anyway: a
-- response replayed to any replica finds its id here and is refused.
CREATE TABLE saml_assertion_used (
    tenant_id    BIGINT       NOT NULL,
    assertion_id VARCHAR(255) NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (tenant_id, assertion_id),
    CONSTRAINT fk_saml_assertion_used_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_saml_assertion_used_expiry ON saml_assertion_used (expires_at);
