package id.baku.report;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet printed again from the same sources is the same file without being filled again; any change to what
 * it shows (here a legal basis it cites) prints the change at once.
 */
@IntegrationTest
class SheetReprintIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ReportService reports;
    @Autowired LegalBasisService legalBases;

    private LegalBasisRecord changed;

    @AfterEach
    void tearDown() {
        if (changed != null) {
            signIn.as("admin.tangerang");
            LegalBasisRecord now = legalBases.find(changed.id()).orElseThrow();
            legalBases.save(new LegalBasisRecord(now.id(), now.kind(), now.issuer(), now.number(), now.year(),
                    changed.title(), now.version()));
        }
        SignIn.out();
    }

    @Test
    void a_reprint_is_the_same_file_until_what_it_shows_changes() throws Exception {
        signIn.as("admin.tangerang");
        SopSummary analisa = sops.list(SopQuery.all()).stream().filter(s -> s.title().startsWith("Analisa"))
                .findFirst().orElseThrow();
        SopVersionRecord version = sops.version(analisa.versionId()).orElseThrow();
        byte[] first = reports.sheetPdf(version.versionId()).bytes();
        byte[] again = reports.sheetPdf(version.versionId()).bytes();
        assertThat(again).isEqualTo(first);

        changed = legalBases.find(version.content().legalBasisIds().getFirst()).orElseThrow();
        legalBases.save(new LegalBasisRecord(changed.id(), changed.kind(), changed.issuer(), changed.number(),
                changed.year(), "Tata Naskah Dinas yang Diubah untuk Uji Cetak Ulang", changed.version()));
        String reprinted = SheetText.collapse(SheetText.of(reports.sheetPdf(version.versionId()).bytes()).all());
        assertThat(reprinted).contains("Tata Naskah Dinas yang Diubah untuk Uji Cetak Ulang");
        assertThat(SheetText.collapse(SheetText.of(first).all())).doesNotContain("Diubah untuk Uji Cetak Ulang");
    }
}
