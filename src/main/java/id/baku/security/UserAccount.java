package id.baku.security;

import java.util.Set;

/**
 * What sign-in needs to know of an account. {@code tenantId} is null for a platform admin.
 * {@code demo} marks the sample pemda's demo accounts, which sign in only in demo mode.
 */
public record UserAccount(long userId, Long tenantId, String tenantCode, String tenantName, String username,
                          String fullName, String passwordHash, boolean enabled, boolean demo, Set<AppRole> roles) {
}
