package id.baku.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.Step;
import id.baku.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** An SOP author at a laptop designs SOPs in the browser and watches the flowchart follow. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class SopDesignerIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;

    @Test
    void an_author_builds_a_five_step_sop_with_a_decision_and_sees_its_diamond_and_arrows() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        BakuPages baku = page(1440, 1000);
        Page page = baku.page();
        baku.login("kabag.prokopim.tangerang", "baku-demo").waitForHome();
        baku.openFromMenu("sops", "#sops-grid");

        baku.click("#sop-new");
        page.locator("#new-sop-unit input").fill("Bagian Protokol dan Komunikasi");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("Bagian Protokol dan Komunikasi Pimpinan")).first().click();
        page.locator("#new-sop-title textarea").fill("Penerbitan Siaran Pers Kegiatan Pimpinan");
        baku.click("#dialog-save");
        page.locator("#sop-tabs").waitFor();

        page.locator("vaadin-tab#tab-steps").click();
        for (String label : List.of("Staf Humas", "Ketua Tim Kerja", "Kepala Bagian")) {
            int column = page.locator(".executor-row").count() + 1;
            baku.click("#executor-add");
            Locator input = page.locator("#executor-" + column + " input");
            input.fill(label);
            input.press("Enter");
            page.waitForCondition(() -> label.equals(page.locator("#executor-" + column + " input").inputValue()));
        }
        String[][] steps = {
                {"Menyusun draf siaran pers", "1. Staf Humas", "60"},
                {"Memeriksa draf siaran pers", "2. Ketua Tim Kerja", "30"},
                {"Menyetujui siaran pers", "3. Kepala Bagian", "15"},
                {"Menerbitkan siaran pers di laman resmi", "1. Staf Humas", "20"},
                {"Mengarsipkan siaran pers", "1. Staf Humas", "10"}};
        for (int i = 0; i < steps.length; i++) {
            int n = i + 1;
            baku.click("#step-add");
            page.locator("#step-" + n).waitFor();
            page.locator("#step-" + n + "-activity textarea").fill(steps[i][0]);
            choose(page, "#step-" + n + "-executor", steps[i][1]);
            page.locator("#step-" + n + "-time input").fill(steps[i][2]);
            page.locator("#step-" + n + "-time input").press("Tab");
        }
        choose(page, "#step-3-kind", "Keputusan");
        page.locator("#step-3-yes-label").waitFor();
        assertThat(page.locator("#step-3-yes-label input").inputValue()).isEqualTo("Ya");
        assertThat(page.locator("#step-3-no-label input").inputValue()).isEqualTo("Tidak");
        choose(page, "#step-3-no-target", "Langkah 2: Memeriksa draf siaran pers");

        Locator diamond = page.locator("#flowchart-preview svg polygon[data-step='3']");
        diamond.waitFor();
        assertThat(page.locator("#flowchart-preview svg rect[data-step]").count()).isEqualTo(4);
        assertThat(page.locator("#flowchart-preview svg text").allTextContents()).contains("Ya", "Tidak");
        // Typing is sent after a short pause (lazy value change), so the total follows a moment later.
        page.waitForCondition(() -> page.locator("#total-time").innerText().contains("135 menit"));
        page.waitForCondition(() -> page.locator("vaadin-tab#tab-problems").innerText().contains("(0)"));

        baku.click("#sop-save").waitForNotification("Draf tersimpan");
        // Complete and saved: it can be submitted now.
        page.locator("#lifecycle-submit").waitFor();
        baku.screenshot(dir.resolve("sop-designer-new.png"));
        page.locator("#flowchart-preview").screenshot(new Locator.ScreenshotOptions()
                .setPath(dir.resolve("sop-designer-new-flowchart.png")));

        // Leaving with unsaved work asks first.
        page.locator("#step-5-activity textarea").fill("Mengarsipkan siaran pers dan dokumentasinya");
        page.locator("#step-5-activity textarea").press("Tab");
        page.waitForTimeout(600);
        page.locator("#main-nav vaadin-side-nav-item[path='sops']").click();
        page.getByText("Perubahan belum disimpan").first().waitFor();
        baku.screenshot(dir.resolve("sop-designer-unsaved.png"));
        page.locator("#unsaved-dialog vaadin-button[slot='cancel-button']").click();
        page.waitForTimeout(300);
        assertThat(page.locator("#sop-tabs").isVisible()).isTrue();
        assertThat(page.locator("#step-5-activity textarea").inputValue()).endsWith("dokumentasinya");
    }

    @Test
    void every_sample_sop_opens_with_its_fields_and_flowchart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        for (String user : List.of("admin.tangerang", "admin.lamandau", "admin.mojokerto")) {
            signIn.as(user);
            List<SopVersionRecord> samples = sops.list(SopQuery.all()).stream()
                    .map(s -> sops.latest(s.sopId()).orElseThrow()).toList();
            SignIn.out();
            BakuPages baku = page(1440, 1000);
            Page page = baku.page();
            baku.login(user, "baku-demo").waitForHome();
            for (SopVersionRecord sop : samples) {
                SopContent c = sop.content();
                baku.visit("sop/" + sop.sopId());
                page.locator("#sop-tabs").waitFor();
                assertThat(page.locator("#sop-title textarea").inputValue()).isEqualTo(c.title());
                assertThat(page.locator("#sop-number input").inputValue()).isEqualTo(c.number() == null ? "" : c.number());
                if (c.steps().isEmpty()) {
                    assertThat(page.locator("#flowchart-empty").innerText()).contains("Tambahkan langkah");
                    assertThat(page.locator("#flowchart-preview").isVisible()).isFalse();
                } else {
                    page.locator("#flowchart-preview svg").waitFor();
                    long decisions = c.steps().stream().filter(Step::isDecision).count();
                    assertThat(page.locator("#flowchart-preview svg polygon[data-step]").count()).isEqualTo((int) decisions);
                    assertThat(page.locator("#flowchart-preview svg rect[data-step]").count())
                            .isEqualTo(c.steps().size() - (int) decisions);
                    assertThat(page.locator("#total-time").innerText()).contains(c.totalMinutes() + " menit");
                }
                String name = sop.sopId() + "-" + c.title().toLowerCase().replaceAll("[^a-z0-9]+", "-");
                baku.screenshot(dir.resolve("sop-" + name.substring(0, Math.min(50, name.length())) + ".png"));
                page.locator("vaadin-tab#tab-steps").click();
                page.locator(".steps-editor").waitFor();
                assertThat(page.locator(".step-card").count()).isEqualTo(c.steps().size());
                assertThat(page.locator(".executor-row").count()).isEqualTo(c.executors().size());
            }
            page.close();
        }
    }

    @Test
    void an_author_exports_a_sample_sop_and_imports_it_again_and_a_broken_file_is_refused_with_its_line() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as("katim.kompim.tangerang");
        SopSummary analisa = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst();
        SignIn.out();
        BakuPages baku = page(1440, 1000);
        Page page = baku.page();
        baku.login("katim.kompim.tangerang", "baku-demo").waitForHome();
        baku.visit("sop/" + analisa.sopId());
        page.locator("#sop-tabs").waitFor();
        Download download = page.waitForDownload(() -> page.locator("#sop-export vaadin-button").click());
        Path exported = dir.resolve("exported.yaml");
        download.saveAs(exported);
        String yaml = Files.readString(exported);
        assertThat(yaml).contains("title: Analisa dan Tindak Lanjut", "status: effective", "executor: 1");

        baku.openFromMenu("sops", "#sops-grid");
        baku.click("#sop-import");
        page.locator("#sop-import-upload input[type=file]").setInputFiles(exported);
        page.locator("#sop-tabs").waitFor();
        baku.waitForNotification("diimpor sebagai draf");
        assertThat(page.locator("#sop-title textarea").inputValue()).startsWith("Analisa dan Tindak Lanjut");
        assertThat(page.locator(".sop-titles").innerText()).contains("Draf");
        page.waitForCondition(() -> page.url().matches(".*/sop/\\d+$"));
        String url = page.url();
        long imported = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(imported).isNotEqualTo(analisa.sopId());

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, yaml.replaceFirst("time: 120 menit", "time: dua jam"));
        baku.openFromMenu("sops", "#sops-grid");
        baku.click("#sop-import");
        page.locator("#sop-import-upload input[type=file]").setInputFiles(broken);
        baku.waitForNotification("baris");
        String message = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("baris"))
                .first().innerText();
        assertThat(message).contains("broken.yaml baris", "steps[1].time", "dua jam");
        baku.screenshot(dir.resolve("sop-import-refused.png"));

        signIn.as("katim.kompim.tangerang");
        assertThat(sops.list(new SopQuery(null, "Analisa dan Tindak Lanjut", null))).hasSize(2);
        sops.deleteDraft(imported);
        SignIn.out();
    }

    @Test
    void two_authors_save_the_same_draft_and_the_second_is_told_and_loses_nothing() throws Exception {
        signIn.as("kabag.prokopim.tangerang");
        long unitId = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, new SopContent(null, null, null, null, null,
                "Penyusunan Jadwal Kegiatan Pimpinan", null, null, null, null, null, null, null, null, null, null, null));
        SignIn.out();
        try {
            BakuPages kabag = page(1366, 900);
            BakuPages katim = page(1366, 900);
            kabag.login("kabag.prokopim.tangerang", "baku-demo").waitForHome();
            katim.login("katim.kompim.tangerang", "baku-demo").waitForHome();
            for (BakuPages author : List.of(kabag, katim)) {
                author.visit("sop/" + draft.sopId());
                author.page().locator("#sop-tabs").waitFor();
            }
            kabag.page().locator("#sop-number input").fill("61/000.8.3.3/III/2025");
            kabag.page().locator("#sop-number input").press("Tab");
            kabag.click("#sop-save").waitForNotification("Draf tersimpan");

            Page second = katim.page();
            second.locator("#sop-title textarea").fill("Penyusunan dan Penyampaian Jadwal Kegiatan Pimpinan");
            second.locator("#sop-title textarea").press("Tab");
            katim.click("#sop-save");
            second.getByText("Draf ini telah diubah orang lain").first().waitFor();
            assertThat(second.getByText("kabag.prokopim.tangerang menyimpan draf ini").count()).isPositive();
            katim.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("sop-concurrent-save.png"));
            assertThat(second.locator("#sop-title textarea").inputValue())
                    .isEqualTo("Penyusunan dan Penyampaian Jadwal Kegiatan Pimpinan");

            second.locator("#concurrent-change-dialog vaadin-button[slot='confirm-button']").click();
            katim.waitForNotification("Draf tersimpan");
            signIn.as("kabag.prokopim.tangerang");
            assertThat(sops.latest(draft.sopId()).orElseThrow().content().title())
                    .isEqualTo("Penyusunan dan Penyampaian Jadwal Kegiatan Pimpinan");
        } finally {
            signIn.as("kabag.prokopim.tangerang");
            sops.deleteDraft(draft.sopId());
            SignIn.out();
        }
    }

    /** Opens a select and picks an item; the items live inside the select element (Vaadin 25). */
    private static void choose(Page page, String selectId, String itemText) {
        page.locator(selectId).click();
        page.locator(selectId + " vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
        page.waitForCondition(() -> page.locator(selectId + " vaadin-select-value-button").innerText().contains(itemText));
    }

}
