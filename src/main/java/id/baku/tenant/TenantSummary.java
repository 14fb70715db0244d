package id.baku.tenant;

import java.time.Instant;

public record TenantSummary(long id, String code, String name, TenantKind kind, Instant createdAt) {
}
