package id.baku.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.baku.design.SopService;
import id.baku.execution.Completion;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.StepRecord;
import id.baku.ratification.RatificationService;
import id.baku.testing.SignIn;
import id.baku.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kabid filters the compliance dashboard by SOP, downloads the rows behind it and the PDF report, and
 * opens the run behind a late step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({SignIn.class, TestClock.class})
class ComplianceDashboardIT extends BrowserTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void the_kabid_filters_by_sop_and_opens_the_runs_behind_a_late_step() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        try {
            signIn.as("kabid.dikp.tangerang");
            RunRecord run = execution.start(sopId, "Peliputan Festival Cisadane", null);
            clock.advance(Duration.ofMinutes(25));
            StepRecord first = execution.run(run.id()).steps().getFirst();
            execution.complete(first.id(), first.version(), new Completion(List.of(true), "Kesediaan", null, null));
            SignIn.out();
            clock.reset();

            BakuPages kabid = page(1440, 1000);
            kabid.login("kabid.dikp.tangerang", "baku-demo").waitForHome();
            kabid.openFromMenu("compliance", "#compliance-steps");
            Page p = kabid.page();
            p.locator("#compliance-sop input").fill("1/000.8.3.3");
            p.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Peliputan dan Publikasi"))
                    .first().click();
            // The figures shown on opening may read the same: wait until Tampilkan has replaced them, or the export
            // links clicked below could be the old ones, whose downloads end with the content they belonged to.
            var shownOnOpening = p.locator("#kpi-runs").elementHandle();
            kabid.click("#compliance-show");
            p.waitForFunction("e => !e.isConnected", shownOnOpening);
            p.waitForCondition(() -> p.locator("#kpi-runs").innerText().contains("1 / 0"));
            assertThat(p.locator("#kpi-deviations").innerText()).contains("terlambat 1");
            assertThat(p.locator("#chart-trend svg").count()).isEqualTo(1);
            kabid.screenshot(dir.resolve("compliance-dashboard.png"));
            com.microsoft.playwright.Download csv = p.waitForDownload(() -> p.locator("#compliance-csv").click());
            String rows = Files.readString(csv.path());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
            assertThat(rows).contains("Peliputan Festival Cisadane", "Terlambat");
            com.microsoft.playwright.Download report = p.waitForDownload(
                    () -> p.locator("#compliance-report vaadin-button").click());
            byte[] pdf = Files.readAllBytes(report.path());
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                        .contains("LAPORAN KEPATUHAN", "Peliputan Festival Cisadane");
            }
            p.locator("#compliance-steps a.compliance-runs-link[href*='deviation=late']").first().click();
            p.locator("#runs-filter").waitFor();
            assertThat(kabid.gridText("#runs-grid")).contains("Peliputan Festival Cisadane");
            kabid.screenshot(dir.resolve("compliance-late-runs.png"));
        } finally {
            jdbc.sql("delete from sop where id = ?").param(sopId).update();
        }
    }
}
