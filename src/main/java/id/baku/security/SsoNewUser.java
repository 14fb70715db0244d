package id.baku.security;

import java.util.Set;

/**
 * A user made at their first SSO sign-in (just-in-time). {@code positionNames} are jabatan names
 * of the pemda; unknown names are skipped.
 */
public record SsoNewUser(String username, String fullName, String nip, String email, Set<AppRole> roles,
                         Set<String> positionNames) {
}
