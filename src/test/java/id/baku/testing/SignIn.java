package id.baku.testing;

import id.baku.security.BakuPrincipal;
import id.baku.security.UserAccountSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a (demo) user in on the test's thread, as form login would. */
@Component
public class SignIn {

    private final UserAccountSource accounts;

    SignIn(UserAccountSource accounts) {
        this.accounts = accounts;
    }

    public BakuPrincipal as(String username) {
        BakuPrincipal principal = new BakuPrincipal(accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
