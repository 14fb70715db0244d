--liquibase formatted sql

--changeset baku:api-token-1
-- Personal API tokens: only the SHA-256 of the secret is kept; prefix is what lists show.
-- demo marks the fixed demo-<code> tokens of the sample pemda, which work only in demo mode.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    prefix       VARCHAR(8)   NOT NULL,
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    expires_at   DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT fk_api_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id) ON DELETE CASCADE,
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_api_token_tenant_user ON api_token (tenant_id, user_id);
