package id.baku.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalBasisRecordTest {

    @Test
    void cites_a_regulation_as_sops_do() {
        var perwal = new LegalBasisRecord(null, LegalBasisKind.PERWAL, "Tangerang", "33", 2014,
                "Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan", 0);
        assertThat(perwal.citation()).isEqualTo("Peraturan Wali Kota Tangerang Nomor 33 Tahun 2014 tentang "
                + "Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan");
    }

    @Test
    void leaves_out_missing_issuer_and_title() {
        var uu = new LegalBasisRecord(null, LegalBasisKind.UU, null, "14", 2008, null, 0);
        assertThat(uu.citation()).isEqualTo("Undang-Undang Nomor 14 Tahun 2008");
    }

    @Test
    void other_kinds_are_cited_by_their_issuer_alone() {
        var other = new LegalBasisRecord(null, LegalBasisKind.LAINNYA, "Surat Edaran Sekretaris Daerah", "5", 2023,
                "Tata Naskah Dinas", 0);
        assertThat(other.citation()).isEqualTo("Surat Edaran Sekretaris Daerah Nomor 5 Tahun 2023 tentang Tata Naskah Dinas");
    }
}
