package id.baku.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.testing.SignIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sekda prints Kota Tangerang's SOP in force from the designer, a citizen checks the printed code on
 * the public verification page, and the Kabag prints the Daftar SOP of the Bagian.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class PrintingIT extends BrowserTest {

    private static final Pattern CODE = Pattern.compile("Kode verifikasi: ([0-9A-Z]{5}-[0-9A-Z]{5})");

    @Autowired SignIn signIn;
    @Autowired SopService sops;

    @Test
    void sekda_prints_the_sheet_a_citizen_verifies_it_and_the_kabag_prints_the_register() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as("sekda.tangerang");
        SopSummary sop = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst();
        SignIn.out();

        BakuPages sekda = signedIn("sekda.tangerang");
        sekda.visit("sop/" + sop.sopId());
        Page p = sekda.page();
        sekda.click("#sop-print");
        p.locator("#pdf-preview-frame").waitFor();
        String src = p.locator("#pdf-preview-frame").getAttribute("src");
        byte[] preview = sekda.call(src.startsWith("/") ? src.substring(1) : src).body();
        assertThat(new String(preview, 0, 5)).isEqualTo("%PDF-");
        sekda.screenshot(dir.resolve("print-preview.png"));
        Download download = p.waitForDownload(() -> p.locator("#pdf-download vaadin-button").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(download.suggestedFilename()).startsWith("SOP 59 000.8.3.3 III 2025").endsWith(".pdf");
        String text = text(pdf);
        assertThat(text).contains("Analisa dan Tindak Lanjut atas Isu Pemberitaan Media", "Nomor SOP");
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).as("a sheet in force carries its verification code").isTrue();
        String code = m.group(1);
        p.close();

        BakuPages citizen = page(390, 844);
        citizen.visit("verify/" + code);
        Page c = citizen.page();
        c.locator("[data-verdict]").waitFor();
        assertThat(c.locator("#verify-result").innerText()).contains("Sah dan berlaku", "Pemerintah Kota Tangerang",
                "59/000.8.3.3/III/2025", code);
        citizen.screenshot(dir.resolve("verify-valid.png"));
        c.locator("#verify-code input").fill("ABCDE-12345");
        c.locator("#verify-check").click();
        c.waitForCondition(() -> c.locator("#verify-result").innerText().contains("Kode tidak dikenal"));
        citizen.screenshot(dir.resolve("verify-unknown.png"));
        c.close();

        BakuPages kabag = signedIn("kabag.prokopim.tangerang");
        kabag.openFromMenu("sop-register", "#register-grid");
        Page k = kabag.page();
        k.locator("#register-unit input").fill("Bagian Protokol dan Komunikasi Pimpinan");
        k.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Bagian Protokol dan Komunikasi Pimpinan")).first().click();
        k.waitForCondition(() -> kabag.gridText("#register-grid").contains("59/000.8.3.3/III/2025"));
        assertThat(kabag.gridText("#register-grid")).contains("60/000.8.3.3/III/2025");
        kabag.click("#register-print");
        k.locator("#pdf-preview-frame").waitFor();
        kabag.screenshot(dir.resolve("register-preview.png"));
        Download register = k.waitForDownload(() -> k.locator("#pdf-download vaadin-button").click());
        String registerText = text(Files.readAllBytes(register.path()));
        assertThat(registerText).contains("DAFTAR STANDAR OPERASIONAL PROSEDUR", "59/000.8.3.3/III/2025",
                "Analisa dan Tindak Lanjut atas Isu Pemberitaan Media");
        k.locator("#pdf-close").click();
        k.locator("#pdf-preview").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        k.close();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
