package id.baku.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs an API request in with its personal token ({@code Authorization: Bearer …}) as the token's
 * owner: the same {@link BakuPrincipal} as a password sign-in, so method security and the tenant
 * context work unchanged. A request without a token passes on (and is refused later where a
 * sign-in is needed); a bad, revoked or expired token, or one of a disabled user, is answered 401
 * here. Not a bean: Spring Boot would register it for every request.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    /** last_used_at is informative; one write per token and minute keeps reads cheap. */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final String BEARER = "Bearer ";
    /** Far longer than any real secret; longer values are refused without hashing. */
    private static final int MAX_SECRET_LENGTH = 200;

    private final ApiTokenSource tokens;
    private final Clock clock;
    private final boolean demo;

    ApiTokenAuthenticationFilter(ApiTokenSource tokens, Clock clock, boolean demo) {
        this.tokens = tokens;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<BakuPrincipal> principal;
        try {
            principal = authenticate(header.substring(BEARER.length()).strip());
        } catch (RuntimeException e) {
            // Before any controller, so ApiErrors' handler cannot answer it; anything else goes to the error page.
            if (!ApiErrors.databaseFailure(e)) {
                throw e;
            }
            ApiErrors.writeTryAgain(request, response, e);
            return;
        }
        if (principal.isEmpty()) {
            writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"baku\", error=\"invalid_token\"",
                    "The API token is invalid, expired or revoked.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    Optional<BakuPrincipal> authenticate(String secret) {
        if (secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByHash(ApiTokenSecrets.hash(secret))
                .filter(token -> token.usable(now, demo))
                .map(token -> {
                    if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(USE_RECORDING_INTERVAL))) {
                        tokens.markUsed(token.tokenId(), now);
                    }
                    return new BakuPrincipal(token.account());
                });
    }

    /** {@code {"error": "…"}}; messages are fixed texts of this module, so no escaping is needed. */
    static void writeError(HttpServletResponse response, int status, String wwwAuthenticate, String message)
            throws IOException {
        writeError(response, status, wwwAuthenticate, message, null);
    }

    /** {@code {"error": "…", "code": "…"}}, the code left out when null. */
    static void writeError(HttpServletResponse response, int status, String wwwAuthenticate, String message,
                           String code) throws IOException {
        response.setStatus(status);
        if (wwwAuthenticate != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + message + "\""
                + (code == null ? "" : ",\"code\":\"" + code + "\"") + "}");
    }
}
