package id.baku.tenant;

import java.time.Instant;

/**
 * A personal API token as its owner and the tenant admin see it: never its secret, only the
 * secret's first characters ({@code prefix}). {@code demo} marks a sample admin's fixed demo token.
 */
public record ApiTokenRecord(long id, long userId, String username, String ownerName, String name, String prefix,
                             Instant createdAt, Instant lastUsedAt, Instant expiresAt, Instant revokedAt,
                             boolean demo, ApiTokenStatus status) {

    public boolean active() {
        return status == ApiTokenStatus.ACTIVE;
    }
}
