package id.baku.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The signed-in user of the current request or UI access. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<BakuPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BakuPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static BakuPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in Baku user"));
    }
}
