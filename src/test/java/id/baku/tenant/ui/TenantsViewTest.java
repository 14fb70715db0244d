package id.baku.tenant.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TenantsViewTest {

    @Test
    void the_code_suggested_from_an_official_name_is_a_valid_tenant_code() {
        assertThat(TenantsView.suggestCode("Pemerintah Kabupaten Lamandau")).isEqualTo("kabupaten-lamandau");
        assertThat(TenantsView.suggestCode("  Pemerintah Kota Tangerang Selatan ")).isEqualTo("kota-tangerang-selatan");
        assertThat(TenantsView.suggestCode("Pemerintah Provinsi D.I. Yogyakarta")).isEqualTo("provinsi-d-i-yogyakarta");
        assertThat(TenantsView.suggestCode("Kabupaten Bolaang Mongondow (Bolmong)")).isEqualTo("kabupaten-bolaang-mongondow-bolmong");
        assertThat(TenantsView.suggestCode("")).isEmpty();
        assertThat(TenantsView.suggestCode(null)).isEmpty();
    }
}
