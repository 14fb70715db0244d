package id.baku.security;

import id.baku.tenant.ApiTokenService;
import id.baku.tenant.UserRecord;
import id.baku.tenant.UserService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A token signs its owner in, in the owner's pemda, with the owner's roles; demo tokens only in demo mode. */
@IntegrationTest
class ApiTokenAuthenticationIntegrationTest {

    @Autowired ApiTokenSource tokens;
    @Autowired ApiTokenService tokenService;
    @Autowired UserService users;
    @Autowired SignIn signIn;
    @Autowired Clock clock;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void a_demo_token_acts_as_the_sample_admin_in_demo_mode_only() {
        BakuPrincipal admin = new ApiTokenAuthenticationFilter(tokens, clock, true).authenticate("demo-kota-tangerang")
                .orElseThrow();
        assertThat(admin.getUsername()).isEqualTo("admin.tangerang");
        assertThat(admin.tenantCode()).isEqualTo("kota-tangerang");
        assertThat(admin.roles()).containsExactly(AppRole.TENANT_ADMIN);
        assertThat(admin.getPassword()).isNull();

        assertThat(new ApiTokenAuthenticationFilter(tokens, clock, false).authenticate("demo-kota-tangerang")).isEmpty();
    }

    @Test
    void outside_demo_mode_a_real_users_token_works_and_demo_accounts_tokens_do_not() {
        signIn.as("admin.lamandau");
        users.createUser(new UserRecord(null, "integrasi.lamandau", "Akun Integrasi", null, null, true, false,
                EnumSet.of(AppRole.STAFF), List.of(), 0), "rahasia-integrasi");
        signIn.as("staf.kompim.lamandau");
        String demoUsersToken = tokenService.create("Token akun demo", null).secret();
        SignIn.out();
        BakuPrincipal real = signIn.as("integrasi.lamandau");
        String realToken = tokenService.create("Token akun nyata", null).secret();
        SignIn.out();

        ApiTokenAuthenticationFilter production = new ApiTokenAuthenticationFilter(tokens, clock, false);
        BakuPrincipal principal = production.authenticate(realToken).orElseThrow();
        assertThat(principal.userId()).isEqualTo(real.userId());
        assertThat(principal.tenantId()).isEqualTo(real.tenantId());
        assertThat(principal.roles()).containsExactly(AppRole.STAFF);
        assertThat(production.authenticate(demoUsersToken)).isEmpty();
    }
}
