package id.baku.security;

import java.util.Optional;

/** Accounts for SSO sign-in; the tenant module owns users and implements this. */
public interface SsoAccountSource {

    /** The pemda's user whose NIP, e-mail or username (by {@code match}) is {@code value}. */
    Optional<UserAccount> findForSso(long tenantId, SsoMatch match, String value);

    /** Makes the user in the pemda (no password: they sign in through SSO only) and returns the account. */
    UserAccount createForSso(long tenantId, SsoNewUser user);

    /** Whether the pemda has a jabatan of this name, for checking the SSO position mapping as it is saved. */
    boolean hasPosition(long tenantId, String positionName);
}
