--liquibase formatted sql

--changeset baku:audit-1
-- The audit trail: every action in a pemda as an append-only event, hash-chained per pemda. Each
-- event's hash is the SHA-256 of a canonical text of its predecessor's hash and its own columns,
-- so editing, inserting or deleting a row breaks the chain where it happened. Baku never updates
-- or deletes a row. details is canonical JSON kept as plain text, not the JSON type: MySQL
-- normalises JSON values (key order, spacing), which would change the hashed text. The foreign
-- key to tenant does not cascade on purpose: a pemda with a trail cannot vanish unnoticed.
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT        NOT NULL,
    seq         BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(100)  NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    details     LONGTEXT      NOT NULL,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    CONSTRAINT fk_audit_event_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_audit_event_seq UNIQUE (tenant_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The head of each pemda's chain: the last sequence number and hash. An append locks this row
-- with a plain UPDATE until its transaction commits, so appends in one pemda queue here and the
-- chain has no gaps and no forks. It also records where the chain ends, so a deleted last event
-- is detected. A new chain starts after 64 zeros.
CREATE TABLE audit_chain_head (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT        NOT NULL,
    last_seq    BIGINT        NOT NULL,
    last_hash   CHAR(64)      NOT NULL,
    CONSTRAINT fk_audit_chain_head_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uk_audit_chain_head_tenant UNIQUE (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO audit_chain_head (tenant_id, last_seq, last_hash)
SELECT id, 0, REPEAT('0', 64) FROM tenant;
