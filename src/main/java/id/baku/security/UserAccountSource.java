package id.baku.security;

import java.util.Optional;

/** Where accounts come from; the tenant module owns users and implements this. */
public interface UserAccountSource {
    Optional<UserAccount> findByUsername(String username);
}
