package id.baku.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonevRendererTest {

    @Test
    void a_paraf_is_the_initials_without_titles() {
        assertThat(MonevRenderer.initials("Ahmad Fauzi, S.Kom., M.M.")).isEqualTo("AF");
        assertThat(MonevRenderer.initials("Dr. H. Ahmad Syukri Wibowo Santoso, M.Si.")).isEqualTo("ASW");
        assertThat(MonevRenderer.initials("admin.tangerang")).isEqualTo("A");
    }

    @Test
    void the_place_of_signing_is_the_city_or_regency_name() {
        assertThat(MonevRenderer.place("Kota Tangerang")).isEqualTo("Tangerang");
        assertThat(MonevRenderer.place("Kabupaten Lamandau")).isEqualTo("Lamandau");
        assertThat(MonevRenderer.place("Pemerintah Kabupaten Mojokerto")).isEqualTo("Mojokerto");
    }
}
