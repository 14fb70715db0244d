package id.baku.security;

import id.baku.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SignInIntegrationTest {

    @Autowired UserAccountSource accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired id.baku.security.saml.SamlStore saml;

    @Test
    void a_demo_admin_signs_in_for_their_pemda_in_demo_mode() {
        BakuPrincipal admin = (BakuPrincipal) new BakuUserDetailsService(accounts, saml, true).loadUserByUsername(" Admin.Tangerang ");
        assertThat(admin.tenantCode()).isEqualTo("kota-tangerang");
        assertThat(admin.hasRole(AppRole.TENANT_ADMIN)).isTrue();
        assertThat(passwordEncoder.matches("baku-demo", admin.getPassword())).isTrue();
        assertThat(passwordEncoder.matches("salah", admin.getPassword())).isFalse();
    }

    @Test
    void passwords_are_stored_hashed() {
        String hash = accounts.findByUsername("admin.tangerang").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("baku-demo");
    }

    @Test
    void demo_accounts_cannot_sign_in_when_the_demo_flag_is_off() {
        BakuUserDetailsService production = new BakuUserDetailsService(accounts, saml, false);
        assertThatThrownBy(() -> production.loadUserByUsername("admin.tangerang")).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> production.loadUserByUsername("platform.demo")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void the_demo_platform_admin_belongs_to_no_pemda() {
        BakuPrincipal platform = (BakuPrincipal) new BakuUserDetailsService(accounts, saml, true).loadUserByUsername("platform.demo");
        assertThat(platform.tenantId()).isNull();
        assertThat(platform.roles()).containsExactly(AppRole.PLATFORM_ADMIN);
    }

    @Test
    void unknown_users_are_refused() {
        assertThatThrownBy(() -> new BakuUserDetailsService(accounts, saml, true).loadUserByUsername("tidak.ada"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
