package id.baku.browser;

import com.microsoft.playwright.Page;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopVersionRecord;
import id.baku.design.Sops;
import id.baku.testing.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kota Tangerang ratifies an SOP in the browser: the Ketua Tim submits, the Kabag returns it with a
 * note, the Ketua Tim fixes it, the Kabag gives their paraf, the Sekda signs with their password,
 * and the SOP shows its number and Tanggal Efektif.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class RatificationFlowIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired JdbcClient jdbc;

    @Test
    void author_submits_reviewer_returns_author_fixes_reviewer_approves_signer_ratifies() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        signIn.as("katim.kompim.tangerang");
        long unitId = sops.list(new SopQuery(null, "59/000.8.3.3", null)).getFirst().unitId();
        SopVersionRecord draft = sops.create(unitId, withTitle("Penyiapan Sambutan Wali Kota"));
        SignIn.out();
        try {
            BakuPages author = signedIn("katim.kompim.tangerang");
            author.visit("sop/" + draft.sopId());
            author.click("#lifecycle-submit").waitForNotification("diajukan");
            author.page().close();

            BakuPages reviewer = signedIn("kabag.prokopim.tangerang");
            reviewer.openFromMenu("tasks", "#tasks-grid");
            assertThat(reviewer.gridText("#tasks-grid")).contains("Penyiapan Sambutan Wali Kota", "Reviu");
            reviewer.visit("sop/" + draft.sopId());
            reviewer.click("#lifecycle-return");
            reviewer.page().locator("#lifecycle-note textarea").fill("Tambahkan Kelengkapan pada langkah 2.");
            reviewer.click("#lifecycle-confirm").waitForNotification("dikembalikan");
            reviewer.page().close();

            BakuPages fixer = signedIn("katim.kompim.tangerang");
            fixer.openFromMenu("tasks", "#tasks-grid");
            assertThat(fixer.gridText("#tasks-grid")).contains("Dikembalikan", "Tambahkan Kelengkapan pada langkah 2.");
            fixer.visit("sop/" + draft.sopId());
            Page p = fixer.page();
            p.locator("vaadin-tab#tab-steps").click();
            p.locator("#step-2-requirements textarea").fill("Draf sambutan");
            p.locator("#step-2-requirements textarea").press("Tab");
            fixer.click("#sop-save").waitForNotification("Draf tersimpan");
            fixer.click("#lifecycle-submit").waitForNotification("diajukan");
            p.close();

            BakuPages approver = signedIn("kabag.prokopim.tangerang");
            approver.visit("sop/" + draft.sopId());
            approver.click("#lifecycle-approve");
            approver.click("#lifecycle-confirm").waitForNotification("Paraf");
            approver.page().close();

            BakuPages signer = signedIn("sekda.tangerang");
            signer.openFromMenu("tasks", "#tasks-grid");
            assertThat(signer.gridText("#tasks-grid")).contains("Penyiapan Sambutan Wali Kota", "Tanda tangan");
            signer.visit("sop/" + draft.sopId());
            Page s = signer.page();
            signer.click("#lifecycle-ratify");
            s.locator("#ratify-password input").fill("salah");
            signer.click("#ratify-confirm");
            s.getByText("Kata sandi salah").first().waitFor();
            s.locator("#ratify-password input").fill("baku-demo");
            signer.click("#ratify-confirm").waitForNotification("disahkan");
            s.locator("#sop-tabs").waitFor();
            s.waitForCondition(() -> s.locator(".sop-titles").innerText().contains("Berlaku"));
            String number = s.locator("#sop-number input").inputValue();
            assertThat(number).matches("\\d+/000\\.8\\.3\\.3/[IVX]+/\\d{4}");
            assertThat(s.locator("#sop-effective-on input").inputValue()).isNotBlank();
            s.locator("vaadin-tab#tab-history").click();
            s.locator("#lifecycle-signature").waitFor();
            assertThat(s.locator("#lifecycle-signature").innerText()).contains("Herman Suwarman", "Sekretaris Daerah");
            assertThat(s.locator("#lifecycle-transitions").innerText()).contains("Tambahkan Kelengkapan pada langkah 2.");
            signer.screenshot(dir.resolve("ratification-ratified.png"));
            s.close();

            // "Revisi": a new draft; the version history compares it with the ratified one.
            BakuPages reviser = signedIn("katim.kompim.tangerang");
            reviser.visit("sop/" + draft.sopId());
            Page r = reviser.page();
            reviser.click("#lifecycle-revise").waitForNotification("Revisi baru");
            r.waitForCondition(() -> r.locator(".sop-titles").innerText().contains("Revisi 2"));
            r.locator("vaadin-tab#tab-steps").click();
            r.locator("#step-3-time input").fill("25");
            r.locator("#step-3-time input").press("Tab");
            reviser.click("#sop-save").waitForNotification("Draf tersimpan");
            reviser.click("#sop-versions");
            r.locator("#history-steps").waitFor();
            assertThat(r.locator("#history-steps").innerText()).contains("Diubah");
            reviser.screenshot(dir.resolve("ratification-version-history.png"));
            r.close();
        } finally {
            jdbc.sql("delete from sop where id = ?").param(draft.sopId()).update();
        }
    }

    @Test
    void the_admin_sees_each_units_route_and_sets_one_of_its_own() throws Exception {
        BakuPages admin = signedIn("admin.tangerang");
        admin.openFromMenu("admin/approval-routes", "#routes-grid");
        String routes = admin.gridText("#routes-grid");
        assertThat(routes).contains("Bagian Protokol dan Komunikasi Pimpinan",
                "Kepala Bagian Protokol dan Komunikasi Pimpinan", "Sekretaris Daerah", "Bawaan");
        admin.page().locator("#routes-grid vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("Bidang Diseminasi Informasi Komunikasi Publik")).first().click();
        admin.page().locator("#route-signer").waitFor();
        admin.screenshot(Files.createDirectories(Path.of("target/screenshots")).resolve("approval-route-dialog.png"));
        assertThat(admin.page().locator("#route-signer input").inputValue())
                .isEqualTo("Kepala Dinas Komunikasi dan Informatika");
        admin.page().close();
    }

    private static id.baku.design.SopContent withTitle(String title) {
        id.baku.design.SopContent c = Sops.fiveSteps();
        return new id.baku.design.SopContent(null, c.createdOn(), null, null, null, title, c.legalBasisIds(),
                c.qualifications(), c.related(), c.equipment(), c.warnings(), c.recordKeeping(), null, c.purposes(),
                c.definitions(), c.executors(), c.steps());
    }
}
