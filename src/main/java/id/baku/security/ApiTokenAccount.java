package id.baku.security;

import java.time.Instant;

/**
 * What authenticating an API request needs to know of a token and its owner. {@code demo} marks
 * the fixed demo tokens, which work only in demo mode. The account carries no password hash.
 */
public record ApiTokenAccount(long tokenId, boolean demo, Instant expiresAt, Instant revokedAt, Instant lastUsedAt,
                              UserAccount account) {

    /** Usable now: not revoked, not expired, its owner enabled, and no demo leftover outside demo mode. */
    public boolean usable(Instant now, boolean demoMode) {
        return revokedAt == null
                && (expiresAt == null || expiresAt.isAfter(now))
                && account.enabled()
                && (demoMode || !(demo || account.demo()));
    }
}
