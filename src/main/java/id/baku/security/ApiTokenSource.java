package id.baku.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Where API tokens are looked up; the tenant module stores them and implements this. A request's
 * pemda is known only after the lookup, so the implementation reads across pemda by design.
 */
public interface ApiTokenSource {

    /** The token with this SHA-256 hex hash ({@link ApiTokenSecrets#hash}), whatever its state. */
    Optional<ApiTokenAccount> findByHash(String tokenHash);

    /** Records that the token was just used. */
    void markUsed(long tokenId, Instant when);
}
