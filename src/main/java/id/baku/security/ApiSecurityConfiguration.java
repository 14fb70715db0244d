package id.baku.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import java.time.Clock;

/**
 * The read API under {@code /api/v1/}: personal API tokens only, no session (a session cookie
 * does not sign a request in here, so CSRF protection is not needed), read-only but for the SOP
 * lifecycle actions, errors as JSON ({@link ApiErrors}; Spring Boot's error page, for what fails
 * outside a controller, is reached through this chain too).
 * Ordered before the Vaadin chain of {@link SecurityConfiguration}, which keeps form login and CSRF.
 */
@Configuration
class ApiSecurityConfiguration {

    /** The OpenAPI description is public: it says how to call the API, not what any pemda holds. */
    static final String[] PUBLIC = {"/api/v1/openapi.json", "/api/v1/openapi.json.yaml", "/api/v1/openapi.yaml"};

    /** Writes: an SOP version's lifecycle steps (submit, approve, return, ratify, revise, retire). */
    static final String LIFECYCLE = "/api/v1/sops/*/versions/*/actions/*";

    /** Writes: starting a run of an SOP, and taking or completing one of its steps. */
    static final String[] RUNS = {"/api/v1/runs", "/api/v1/runs/*/steps/*/take", "/api/v1/runs/*/steps/*/complete"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenSource tokens, Clock clock,
                                       @Value("${baku.demo:false}") boolean demo) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/v1/**"),
                        ApiSecurityConfiguration::errorOfApiRequest))
                .authorizeHttpRequests(auth -> auth
                        // Spring Boot's error page answers JSON to an API client; in the Vaadin chain it was a
                        // redirect to the login page.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").authenticated()
                        // The lifecycle steps, under the same rules as in the browser (ratification module).
                        .requestMatchers(HttpMethod.POST, LIFECYCLE).authenticated()
                        // Running SOPs, under the same rules as in the browser (execution module).
                        .requestMatchers(HttpMethod.POST, RUNS).authenticated()
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, clock, demo), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiTokenAuthenticationFilter.writeError(
                                response, HttpServletResponse.SC_UNAUTHORIZED, "Bearer realm=\"baku\"",
                                "Authentication required: send a personal API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> ApiTokenAuthenticationFilter.writeError(
                                response, HttpServletResponse.SC_FORBIDDEN, null,
                                "Not allowed: the API is read-only (GET) except an SOP version's lifecycle actions and running SOPs.")))
                .build();
    }

    /** The error dispatch (to /error) of a request under /api/v1/: what failed outside a controller. */
    private static boolean errorOfApiRequest(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + "/api/v1/");
    }
}
