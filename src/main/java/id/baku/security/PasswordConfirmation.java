package id.baku.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks the signed-in user to prove it is them once more, as the signer does before ratifying.
 * Password accounts re-enter their password; SAML accounts will do a fresh SSO login instead.
 */
@Component
public class PasswordConfirmation {

    private final UserAccountSource accounts;
    private final PasswordEncoder encoder;

    PasswordConfirmation(UserAccountSource accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Whether {@code password} is the signed-in user's current password. */
    public boolean confirms(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        return CurrentUser.get().flatMap(p -> accounts.findByUsername(p.getUsername()))
                .filter(UserAccount::enabled)
                .map(a -> a.passwordHash() != null && encoder.matches(password, a.passwordHash()))
                .orElse(false);
    }
}
