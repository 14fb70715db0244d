package id.baku.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.baku.design.SopService;
import id.baku.design.VersionStatus;
import id.baku.execution.EffectiveSops;
import id.baku.ratification.RatificationService;
import id.baku.testing.SignIn;
import id.baku.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kabid fills in, signs and prints the monitoring form of his bidang and the evaluation of an SOP; the
 * tenant admin starts the revision the evaluation recommends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SignIn.class, TestClock.class})
class MonevIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    private long sopId;

    @AfterEach
    void tearDown() {
        jdbc.sql("delete from monitoring_form").update();
        jdbc.sql("delete from evaluation_form").update();
        jdbc.sql("delete from sop where id = ?").param(sopId).update();
    }

    @Test
    void the_kabid_monitors_his_bidang_and_signs_the_form() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        BakuPages kabid = signedIn("kabid.dikp.tangerang");
        kabid.openFromMenu("monitoring", "#monitoring-open");
        Page p = kabid.page();
        p.locator("#monitoring-unit input").fill("Diseminasi");
        p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Bidang Diseminasi")).first().click();
        kabid.click("#monitoring-open");
        Locator row = p.locator(".monev-row").filter(new Locator.FilterOptions().setHasText("Peliputan dan Publikasi"));
        row.waitFor();
        // Never run in this half-year: Baku proposes "tidak berjalan dengan baik".
        assertThat(row.locator(".monitoring-proposal").innerText()).contains("Tidak berjalan dengan baik");
        assertThat(row.locator(".monitoring-note textarea").inputValue()).contains("Tidak ada pelaksanaan");
        row.locator(".monitoring-assessment vaadin-radio-button").nth(1).click();
        kabid.click("#monitoring-sign");
        p.locator("#monitoring-sign-dialog vaadin-button[slot=confirm-button]").click();
        kabid.waitForNotification("tuliskan tindakan");
        row.locator(".monitoring-action textarea").fill("Sosialisasi SOP kepada tim peliputan bulan depan");
        kabid.screenshot(dir.resolve("monitoring-form.png"));
        kabid.click("#monitoring-sign");
        p.locator("#monitoring-sign-dialog vaadin-button[slot=confirm-button]").click();
        p.waitForCondition(() -> p.locator("text=Ditandatangani oleh Ahmad Fauzi").count() > 0);
        assertThat(p.locator("#monitoring-save").count()).as("a signed form no longer changes").isZero();
        com.microsoft.playwright.Download download = p.waitForDownload(() -> p.locator("#monitoring-pdf vaadin-button").click());
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("FORMULIR MONITORING", "Peliputan dan Publikasi", "Sosialisasi SOP kepada tim peliputan",
                            "NIP. 197608142002121003");
        }
        kabid.visit("monitoring");
        assertThat(kabid.gridText("#monitoring-forms")).contains("Bidang Diseminasi", "Ditandatangani");
    }

    @Test
    void an_evaluation_recommending_revision_leads_to_a_new_draft() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        BakuPages kabid = signedIn("kabid.dikp.tangerang");
        kabid.openFromMenu("evaluation", "#evaluation-sops");
        Page p = kabid.page();
        signIn.as("admin.tangerang");
        String number = sops.latest(sopId).orElseThrow().content().number();
        SignIn.out();
        assertThat(kabid.gridText("#evaluation-sops")).as("the SOP in force is listed").contains(number);
        kabid.click("#evaluate-" + sopId);
        p.locator("#criterion-1").waitFor();
        for (int c = 1; c <= 7; c++) {
            p.locator("#criterion-" + c + " vaadin-radio-button").nth(c == 3 ? 1 : 0).click();
        }
        p.locator("#criterion-3 .evaluation-note input").fill("Verifikasi naskah berulang dua kali");
        p.locator("#evaluation-recommendation vaadin-radio-button").nth(1).click();
        kabid.click("#evaluation-sign");
        p.locator("#evaluation-sign-dialog vaadin-button[slot=confirm-button]").click();
        p.locator("#evaluation-reason[invalid]").waitFor();
        p.locator("#evaluation-reason textarea").fill("Gabungkan langkah verifikasi naskah");
        kabid.screenshot(dir.resolve("evaluation-form.png"));
        kabid.click("#evaluation-sign");
        p.locator("#evaluation-sign-dialog vaadin-button[slot=confirm-button]").click();
        p.waitForCondition(() -> p.locator("text=Ditandatangani oleh Ahmad Fauzi").count() > 0);
        assertThat(p.locator("#evaluation-revise").count()).as("the Kabid does not author SOPs").isZero();
        String url = p.url();

        BakuPages admin = signedIn("admin.tangerang");
        admin.page().navigate(url);
        admin.click("#evaluation-revise");
        admin.page().waitForURL("**/sop/" + sopId);
        signIn.as("admin.tangerang");
        assertThat(sops.latest(sopId).orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
        SignIn.out();
        com.microsoft.playwright.Download download = kabid.page().waitForDownload(
                () -> kabid.page().locator("#evaluation-pdf vaadin-button").click());
        try (var document = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("FORMULIR EVALUASI", "Verifikasi naskah berulang dua kali", "Gabungkan langkah verifikasi naskah");
        }
    }
}
