package id.baku.tenant;

import id.baku.security.ApiTokenSecrets;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Users keep their own API tokens; the tenant admin oversees those of the pemda, and only those. */
@IntegrationTest
class ApiTokenServiceIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired ApiTokenService tokens;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void a_user_creates_sees_and_revokes_their_own_token() {
        signIn.as("kabag.prokopim.lamandau");
        CreatedApiToken created = tokens.create("  Integrasi e-Office  ", null);
        assertThat(created.secret()).startsWith("baku_").hasSizeGreaterThan(40);
        assertThat(created.token().name()).isEqualTo("Integrasi e-Office");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 8));
        assertThat(created.token().status()).isEqualTo(ApiTokenStatus.ACTIVE);
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(tokens.listMine()).extracting(ApiTokenRecord::id).contains(created.token().id());

        tokens.revoke(created.token().id());
        ApiTokenRecord revoked = tokens.listMine().stream().filter(t -> t.id() == created.token().id()).findFirst().orElseThrow();
        assertThat(revoked.status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(revoked.revokedAt()).isNotNull();
        tokens.revoke(created.token().id()); // twice is harmless
    }

    @Test
    void the_secret_is_never_stored_only_its_sha256() {
        signIn.as("staf.kompim.lamandau");
        CreatedApiToken created = tokens.create("Uji penyimpanan", null);
        Map<String, Object> row = jdbc.sql("select * from api_token where id = ?").param(created.token().id())
                .query().singleRow();
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(created.secret()));
        assertThat(row.get("token_hash")).isEqualTo(ApiTokenSecrets.hash(created.secret()));
        assertThat(String.valueOf(row.get("token_hash"))).matches("[0-9a-f]{64}");
        assertThat(row.get("prefix")).isEqualTo(created.secret().substring(0, 8));
    }

    @Test
    void a_token_needs_a_name_of_at_most_100_characters_and_a_date_not_in_the_past() {
        signIn.as("adminmedsos.lamandau");
        assertThatThrownBy(() -> tokens.create("  ", null)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> tokens.create("x".repeat(101), null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tokens.create("Kemarin", LocalDate.now(ZoneId.of("Asia/Pontianak")).minusDays(2)))
                .isInstanceOf(InvalidInputException.class).hasMessage("token.error.expiry-past");
        ApiTokenRecord expiring = tokens.create("Sampai besok", LocalDate.now().plusDays(1)).token();
        assertThat(expiring.expiresAt()).isAfter(java.time.Instant.now());
    }

    @Test
    void a_user_has_at_most_ten_active_tokens() {
        signIn.as("subkor.dokpim.mojokerto");
        List<CreatedApiToken> ten = new java.util.ArrayList<>();
        for (int i = 1; i <= ApiTokenService.MAX_ACTIVE_PER_USER; i++) {
            ten.add(tokens.create("Token " + i, null));
        }
        assertThatThrownBy(() -> tokens.create("Kesebelas", null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("token.error.too-many");
        tokens.revoke(ten.getFirst().token().id());
        assertThat(tokens.create("Kesebelas", null).token().active()).isTrue();
    }

    @Test
    void staff_cannot_revoke_or_see_a_colleagues_token() {
        signIn.as("katim.kompim.tangerang");
        CreatedApiToken colleague = tokens.create("Milik rekan", null);
        signIn.as("penelaah.humas.tangerang");
        assertThat(tokens.listMine()).extracting(ApiTokenRecord::id).doesNotContain(colleague.token().id());
        assertThatThrownBy(() -> tokens.revoke(colleague.token().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.listTenant()).isInstanceOf(AccessDeniedException.class);
        assertThat(status(colleague)).isNull();
    }

    @Test
    void the_tenant_admin_revokes_any_token_of_the_pemda_but_none_of_another_pemda() {
        signIn.as("katim.kompim.tangerang");
        CreatedApiToken tangerang = tokens.create("Token Tangerang", null);
        signIn.as("arif.dokpim.mojokerto");
        CreatedApiToken mojokerto = tokens.create("Token Mojokerto", null);

        signIn.as("admin.tangerang");
        List<ApiTokenRecord> all = tokens.listTenant();
        assertThat(all).extracting(ApiTokenRecord::id).contains(tangerang.token().id()).doesNotContain(mojokerto.token().id());
        assertThat(all).filteredOn(t -> t.id() == tangerang.token().id()).singleElement()
                .satisfies(t -> assertThat(t.username()).isEqualTo("katim.kompim.tangerang"));
        assertThatThrownBy(() -> tokens.revoke(mojokerto.token().id())).isInstanceOf(NotFoundException.class);
        assertThat(status(mojokerto)).isNull();
        tokens.revoke(tangerang.token().id());
        assertThat(status(tangerang)).isNotNull();
    }

    @Test
    void each_sample_pemdas_admin_has_the_demo_token_in_demo_mode() {
        List<Map<String, Object>> demo = jdbc.sql("""
                        select t.code, u.username, k.token_hash, k.prefix, k.revoked_at from api_token k
                        join app_user u on u.id = k.user_id join tenant t on t.id = k.tenant_id where k.demo""")
                .query().listOfRows();
        assertThat(demo).extracting(r -> r.get("username"))
                .containsExactlyInAnyOrder("admin.tangerang", "admin.lamandau", "admin.mojokerto");
        assertThat(demo).allSatisfy(r -> {
            assertThat(r.get("token_hash")).isEqualTo(ApiTokenSecrets.hash("demo-" + r.get("code")));
            assertThat(r.get("revoked_at")).isNull();
        });
    }

    @Test
    void the_platform_admin_has_no_tokens() {
        signIn.as("platform.demo");
        assertThatThrownBy(() -> tokens.create("Platform", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.listMine()).isInstanceOf(AccessDeniedException.class);
    }

    private Object status(CreatedApiToken token) {
        return jdbc.sql("select revoked_at from api_token where id = ?").param(token.token().id())
                .query((rs, row) -> rs.getObject(1)).list().getFirst();
    }
}
