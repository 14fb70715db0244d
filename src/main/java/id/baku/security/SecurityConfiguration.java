package id.baku.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.baku.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login now. SAML 2.0 SSO plugs in here later as its own filters in front of the Vaadin
 * chain ({@link #securityFilterChain}), leaving the rest of the app unchanged.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                // HTTP endpoints of the modules; each answers for the caller's own pemda only
                .requestMatchers("/api/**").authenticated());
        // The print preview shows Baku's own PDF in a frame; other sites still may not frame Baku.
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
