package id.baku.tenant.seed;

import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TimeZoneCode;
import id.baku.tenant.UnitKind;
import id.baku.tenant.seed.TenantSeed.LegalBasisSeed;
import id.baku.tenant.seed.TenantSeed.PositionSeed;
import id.baku.tenant.seed.TenantSeed.Profile;
import id.baku.tenant.seed.TenantSeed.UnitSeed;
import id.baku.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TenantSeedLoaderIntegrationTest {

    @Autowired TenantSeedLoader loader;
    @Autowired JdbcClient jdbc;

    @Test
    void the_three_sample_pemda_are_loaded_with_their_organisation() {
        assertThat(jdbc.sql("select code from tenant order by code").query(String.class).list())
                .contains("kabupaten-lamandau", "kabupaten-mojokerto", "kota-tangerang");
        for (String code : List.of("kabupaten-lamandau", "kabupaten-mojokerto", "kota-tangerang")) {
            assertThat(count("org_unit", code)).as(code + " units").isPositive();
            assertThat(count("job_position", code)).as(code + " positions").isPositive();
            assertThat(count("legal_basis", code)).as(code + " legal bases").isPositive();
            assertThat(count("app_user", code)).as(code + " demo users").isPositive();
        }
        assertThat(jdbc.sql("select u.name from org_unit u join tenant t on t.id = u.tenant_id "
                        + "where t.code = 'kota-tangerang' and u.parent_id is null").query(String.class).list())
                .contains("Sekretariat Daerah", "Dinas Komunikasi dan Informatika");
    }

    @Test
    void loading_again_changes_nothing() throws Exception {
        String before = snapshot();
        loader.run(new DefaultApplicationArguments());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_pemda_that_fails_half_way_leaves_nothing_behind() {
        String tooLong = "x".repeat(1001);
        TenantSeed seed = new TenantSeed(
                new Profile("kabupaten-gagal", "Pemerintah Kabupaten Gagal", TenantKind.KABUPATEN, null, null, null,
                        null, List.of("PEMERINTAH KABUPATEN GAGAL"), TimeZoneCode.WIT, PaperSize.A4,
                        "{nomor}/SOP/{tahun}", null, null),
                List.of(new UnitSeed("Sekretariat Daerah", UnitKind.PERANGKAT_DAERAH,
                        List.of(new PositionSeed("Sekretaris Daerah", true)), List.of())),
                List.of(),
                List.of(new LegalBasisSeed(LegalBasisKind.PERBUP, "Gagal", "1", 2020, tooLong)),
                List.of());
        assertThatThrownBy(() -> loader.load(seed, "classpath*:tenants/kabupaten-gagal/")).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from tenant where code = 'kabupaten-gagal'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from org_unit where tenant_id not in (select id from tenant)").query(Integer.class).single()).isZero();
    }

    private int count(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " x join tenant t on t.id = x.tenant_id where t.code = ?")
                .param(code).query(Integer.class).single();
    }

    private String snapshot() {
        return jdbc.sql("select concat((select count(*) from tenant), '/', (select count(*) from org_unit), '/', "
                + "(select count(*) from job_position), '/', (select count(*) from legal_basis), '/', "
                + "(select count(*) from app_user), '/', (select count(*) from platform_user), '/', (select count(*) from sop_version))").query(String.class).single();
    }
}
