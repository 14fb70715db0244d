package id.baku.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Does work on this thread as a pemda user, with their roles, as if they had signed in: for Baku's own
 * seeding of demo history, never for requests (those carry their own sign-in).
 */
@Component
public class ActAs {

    private final UserAccountSource accounts;

    ActAs(UserAccountSource accounts) {
        this.accounts = accounts;
    }

    public <T> T call(String username, Supplier<T> work) {
        BakuPrincipal principal = new BakuPrincipal(accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("no account " + username)));
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
