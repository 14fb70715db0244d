package id.baku.report.api;

import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitRecord;
import id.baku.testing.ApiCalls;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** An e-Office system downloads the official sheet and the Daftar SOP with a personal API token. */
@IntegrationTest
class SheetApiIntegrationTest {

    private static final String TANGERANG = "demo-kota-tangerang";
    private static final String MOJOKERTO = "demo-kabupaten-mojokerto";

    @Autowired SignIn signIn;
    @Autowired ApiCalls api;
    @Autowired SopService sops;
    @Autowired OrganisationService organisation;

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    @Test
    void the_sheet_of_an_sop_in_force_and_of_one_of_its_versions() throws Exception {
        signIn.as("admin.tangerang");
        SopSummary sop = sops.list(new SopQuery(null, "60/000.8.3.3", null)).getFirst();
        long versionId = sops.history(sop.sopId()).getFirst().versionId();
        SignIn.out();

        MockHttpServletResponse response = api.call(get("/api/v1/sops/" + sop.sopId() + "/sheet.pdf"), TANGERANG);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline").contains(".pdf");
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("Pengelolaan Dokumentasi, Peliputan dan Pemberitaan Kegiatan Pimpinan",
                "60/000.8.3.3/III/2025", "Kode verifikasi");

        assertThat(api.call(get("/api/v1/sops/" + sop.sopId() + "/sheet.pdf?version=" + versionId), TANGERANG).getStatus())
                .isEqualTo(200);
        assertThat(api.call(get("/api/v1/sops/" + sop.sopId() + "/sheet.pdf?version=" + (versionId + 100000)), TANGERANG)
                .getStatus()).isEqualTo(404);
    }

    @Test
    void another_pemdas_sop_or_unit_is_not_found_and_a_token_is_required() throws Exception {
        signIn.as("admin.tangerang");
        long sopId = sops.list(SopQuery.all()).getFirst().sopId();
        long unitId = organisation.listUnits().getFirst().id();
        SignIn.out();

        MockHttpServletResponse foreign = api.call(get("/api/v1/sops/" + sopId + "/sheet.pdf"), MOJOKERTO);
        assertThat(foreign.getStatus()).isEqualTo(404);
        assertThat(foreign.getContentAsString()).contains("\"error\"");
        assertThat(api.call(get("/api/v1/units/" + unitId + "/sop-register.pdf"), MOJOKERTO).getStatus()).isEqualTo(404);
        assertThat(api.call(get("/api/v1/sops/" + sopId + "/sheet.pdf"), null).getStatus()).isEqualTo(401);
    }

    @Test
    void the_daftar_sop_of_a_unit() throws Exception {
        signIn.as("admin.tangerang");
        UnitRecord unit = organisation.listUnits().stream()
                .filter(u -> u.name().equals("Bagian Protokol dan Komunikasi Pimpinan")).findFirst().orElseThrow();
        SignIn.out();

        MockHttpServletResponse response = api.call(get("/api/v1/units/" + unit.id() + "/sop-register.pdf"), TANGERANG);
        assertThat(response.getStatus()).isEqualTo(200);
        String text = text(response.getContentAsByteArray());
        assertThat(text).contains("DAFTAR STANDAR OPERASIONAL PROSEDUR ADMINISTRASI PEMERINTAHAN",
                "BAGIAN PROTOKOL DAN KOMUNIKASI PIMPINAN", "59/000.8.3.3/III/2025", "60/000.8.3.3/III/2025");
        assertThat(text.indexOf("59/000.8.3.3/III/2025")).as("by Nomor SOP").isLessThan(text.indexOf("60/000.8.3.3/III/2025"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
