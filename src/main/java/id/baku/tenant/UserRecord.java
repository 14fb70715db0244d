package id.baku.tenant;

import id.baku.security.AppRole;

import java.util.List;
import java.util.Set;

/** A pemda user; {@code id} is null for a new one. */
public record UserRecord(Long id, String username, String fullName, String nip, String email, boolean enabled,
                         boolean demo, Set<AppRole> roles, List<HeldPosition> positions, int version) {
}
