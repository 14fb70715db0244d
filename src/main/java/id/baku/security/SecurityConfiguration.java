package id.baku.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.baku.security.saml.SamlFilters;
import id.baku.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Form login and, per pemda, SAML 2.0 SSO: Spring Security's SAML2 filters (AuthnRequest, ACS,
 * SP metadata) wired by hand in front of the Vaadin chain, since {@code saml2Login()} needs
 * OpenSAML. Both sign-ins end in the same {@link BakuPrincipal} in the HTTP session.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SamlFilters saml, SamlLogout samlLogout,
                                            @Value("${management.server.port:-1}") int managementPort) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // The management port (MANAGEMENT_SERVER_PORT) is reached by probes and Prometheus inside the
                // cluster only; on the public port no actuator endpoint but health answers.
                .requestMatchers(request -> managementPort > 0 && request.getLocalPort() == managementPort).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/saml2/**", "/login/saml2/**", "/logout/saml2/**").permitAll()
                // HTTP endpoints of the modules; each answers for the caller's own pemda only
                .requestMatchers("/api/**").authenticated());
        // The print preview shows Baku's own PDF in a frame; other sites still may not frame Baku.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        // The IdP posts the SAML response from its own page: no CSRF token can come with it.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/login/saml2/sso/**", "/logout/saml2/slo/**"));
        http.addFilterBefore(saml.metadataFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(samlLogout.filter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(saml.authenticationRequestFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(saml.assertionConsumerFilter(), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
