package id.baku.security;

import id.baku.security.saml.SamlStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Form login's account lookup; demo accounts exist for sign-in only when the demo flag is on, and
 * a pemda that signs in through SSO may allow passwords only to its break-glass admin.
 */
@Component
class BakuUserDetailsService implements UserDetailsService {

    private final UserAccountSource accounts;
    private final SamlStore saml;
    private final boolean demo;

    BakuUserDetailsService(UserAccountSource accounts, SamlStore saml, @Value("${baku.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.saml = saml;
        this.demo = demo;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .filter(account -> demo || !account.demo())
                .filter(account -> account.passwordHash() != null)
                .filter(account -> account.tenantId() == null
                        || saml.passwordLoginAllowed(account.tenantId(), account.username()))
                .map(BakuPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
