package id.baku.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.baku.design.SopService;
import id.baku.execution.EffectiveSops;
import id.baku.ratification.RatificationService;
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
 * The Diskominfo runs "Peliputan dan Publikasi" in the browser: the Kabid DIKP starts it and orders the
 * coverage, the Sub Koordinator DIME assigns the staff and checks the narrative (rejecting it once, which
 * sends it back to step 9), the Tenaga Ahli covers, edits and publishes, attaching a photo as an Output.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignIn.class)
class RunFlowIT extends BrowserTest {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired JdbcClient jdbc;

    @Test
    void three_people_run_peliputan_with_one_rejection_to_the_end() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        try {
            BakuPages kabid = signedIn("kabid.dikp.tangerang");
            kabid.visit("sop/" + sopId);
            kabid.click("#sop-run");
            Page k = kabid.page();
            k.locator("#run-start-name input").fill("Peliputan HUT Kota Tangerang ke-32");
            k.locator("#run-start-reference input").fill("Disposisi 005/321/Diskominfo");
            kabid.click("#run-start-confirm").waitForNotification("dimulai");
            k.waitForURL("**/run/*");
            String runPath = k.url().substring(k.url().indexOf("run/"));
            complete(kabid, 1, null, false);
            kabid.openFromMenu("tasks", "#my-runs-grid");
            assertThat(kabid.gridText("#my-runs-grid")).as("the run the Kabid started, on Tugas saya")
                    .contains("Peliputan HUT Kota Tangerang ke-32", "Langkah 2");

            BakuPages subkor = signedIn("subkor.dime.tangerang");
            subkor.openFromMenu("tasks", "#step-tasks-grid");
            assertThat(subkor.gridText("#step-tasks-grid")).contains("Peliputan HUT Kota Tangerang ke-32",
                    "Mengusulkan nama-nama staf");
            subkor.page().locator("#step-tasks-grid vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("Peliputan HUT Kota Tangerang ke-32")).first().click();
            subkor.page().locator("#step-form-2").waitFor();
            complete(subkor, 2, null, false);
            complete(subkor, 3, null, false);

            BakuPages tenagaAhli = signedIn("tenagaahli.dikp.tangerang");
            tenagaAhli.visit(runPath);
            for (int step = 4; step <= 9; step++) {
                complete(tenagaAhli, step, null, step == 5);
            }
            subkor.visit(runPath);
            complete(subkor, 10, "Tidak setuju", false);
            tenagaAhli.visit(runPath);
            complete(tenagaAhli, 9, null, false);
            subkor.visit(runPath);
            complete(subkor, 10, "Setuju", false);
            tenagaAhli.visit(runPath);
            complete(tenagaAhli, 11, null, false);
            complete(tenagaAhli, 12, null, false);

            Page t = tenagaAhli.page();
            t.waitForCondition(() -> t.locator("#run-status").innerText().contains("Selesai"));
            String steps = tenagaAhli.gridText("#run-steps");
            assertThat(steps).contains("10 (ke-2)", "9 (ke-2)", "Tidak setuju", "foto-liputan.png");
            assertThat(t.locator("#run-timeline").innerText()).contains("Pelaksanaan selesai");
            assertThat(t.locator("#run-flowchart svg polyline[data-from='10'][data-to='9']").count()).isEqualTo(1);
            tenagaAhli.screenshot(dir.resolve("run-completed.png"));
            kabid.visit(runPath);
            kabid.page().locator("#run-status").waitFor();
            assertThat(kabid.page().locator("#run-status").innerText()).contains("Selesai");
            kabid.openFromMenu("runs", "#runs-grid");
            assertThat(kabid.gridText("#runs-grid")).contains("Peliputan HUT Kota Tangerang ke-32", "Selesai");
            kabid.screenshot(dir.resolve("runs-list.png"));

            // The tenant admin sees which jabatan run the Tim Kreatif of SOP 60.
            BakuPages admin = signedIn("admin.tangerang");
            admin.openFromMenu("admin/run-settings", "#mapping-sop");
            Page a = admin.page();
            a.locator("#mapping-sop input").fill("60/000.8.3.3");
            a.locator("vaadin-combo-box-item").first().click();
            a.locator(".mapping-positions").first().waitFor();
            assertThat(a.locator("#mapping-list").innerText()).contains("Tim Kreatif");
            admin.screenshot(dir.resolve("run-settings.png"));
        } finally {
            jdbc.sql("delete from sop where id = ?").param(sopId).update();
        }
    }

    /** Ticks every Kelengkapan item, writes the Output, picks the outcome, optionally attaches a photo, completes. */
    private void complete(BakuPages who, int step, String outcome, boolean photo) throws Exception {
        Page p = who.page();
        Locator form = p.locator("#step-form-" + step);
        form.waitFor();
        Locator boxes = form.locator("vaadin-checkbox");
        for (int i = 0; i < boxes.count(); i++) {
            boxes.nth(i).locator("input").check();
        }
        form.locator("#step-output textarea").fill("Hasil langkah " + step);
        if (photo) {
            Path file = Files.createTempFile("foto-liputan", ".png");
            Files.write(file, PNG);
            Path named = file.resolveSibling("foto-liputan.png");
            Files.move(file, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            form.locator("#step-upload input[type=file]").setInputFiles(named);
            form.locator("#step-files").getByText("foto-liputan.png").waitFor();
        }
        if (outcome != null) {
            form.locator("#step-choice vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(outcome))
                    .first().locator("input").check();
        }
        if (step == 10 && outcome != null && outcome.startsWith("Tidak")) {
            who.screenshot(Path.of("target/screenshots/run-decision.png"));
        }
        form.locator("#step-complete").click();
        who.waitForNotification("Langkah " + step + " selesai");
        p.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Langkah " + step + " selesai"))
                .first().waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

}
