package id.baku.compliance;

import id.baku.design.SopService;
import id.baku.execution.Choice;
import id.baku.execution.Completion;
import id.baku.execution.Deviation;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunDetail;
import id.baku.execution.RunRecord;
import id.baku.execution.StepRecord;
import id.baku.execution.StepStatus;
import id.baku.ratification.RatificationService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dashboard's figures, kept as steps complete, equal what the test computes itself from the runs
 * it made: counts, shares, deviations by kind, average and p90 time per step.
 */
@IntegrationTest
class ComplianceFiguresIntegrationTest {

    private static final Map<Integer, String> HOLDERS = Map.of(1, "kabid.dikp.tangerang", 2, "subkor.dime.tangerang",
            3, "tenagaahli.dikp.tangerang");

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired ComplianceService compliance;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired id.baku.report.ReportService reports;

    private long sopId;

    @AfterEach
    void tearDown() {
        SignIn.out();
        clock.reset();
        jdbc.sql("delete from sop where id = ?").param(sopId).update();
    }

    @Test
    void figures_match_the_runs_made() throws Exception {
        sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        Random random = new Random(7);
        List<Long> runs = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            signIn.as("kabid.dikp.tangerang");
            RunRecord run = execution.start(sopId, "Peliputan ke-" + r, null);
            runs.add(run.id());
            // Runs 0 and 1 go to the end; run 2 stops after a few steps; run 3 never gets past step 1.
            int stepsToDo = r < 2 ? 100 : r == 2 ? 5 : 0;
            for (int done = 0; done < stepsToDo; done++) {
                signIn.as("kabid.dikp.tangerang");
                RunDetail detail = execution.run(run.id());
                if (detail.run().status() != id.baku.execution.RunStatus.RUNNING) {
                    break;
                }
                StepRecord open = detail.steps().stream().filter(s -> s.status() != StepStatus.DONE).findFirst().orElseThrow();
                // Some steps take longer than their Waktu, some miss a Kelengkapan item or the Output.
                clock.advance(Duration.ofMinutes(random.nextInt(Math.max(1, open.standardMinutes() * 2))));
                boolean missing = random.nextInt(5) == 0;
                boolean noOutput = random.nextInt(6) == 0;
                var step = detail.content().steps().get(open.step() - 1);
                Choice choice = step.isDecision() ? (r == 0 && open.attempt() == 1 ? Choice.NO : Choice.YES) : null;
                signIn.as(HOLDERS.get(step.executor()));
                execution.complete(open.id(), open.version(), new Completion(
                        open.requirements().stream().map(x -> !missing).toList(), noOutput ? "" : "Hasil", null, choice));
            }
        }

        signIn.as("kabid.dikp.tangerang");
        List<StepRecord> done = runs.stream().flatMap(id -> execution.run(id).steps().stream())
                .filter(s -> s.status() == StepStatus.DONE).toList();
        List<RunRecord> records = runs.stream().map(id -> execution.run(id).run()).toList();
        ZoneId zone = ZoneId.of("Asia/Jakarta");
        YearMonth now = YearMonth.now(zone);
        signIn.as("auditor.tangerang");
        ComplianceFigures f = compliance.figures(new ComplianceFilter(null, sopId, now.minusMonths(1), now.plusMonths(1)));

        assertThat(f.runsStarted()).isEqualTo(4);
        assertThat(f.runsCompleted()).isEqualTo((int) records.stream()
                .filter(r -> r.status() == id.baku.execution.RunStatus.COMPLETED).count()).isEqualTo(2);
        long completedWithin = records.stream().filter(r -> r.status() == id.baku.execution.RunStatus.COMPLETED)
                .filter(r -> r.deviations() == 0).count();
        assertThat(f.runsCompletedWithin()).isEqualTo((int) completedWithin);
        assertThat(f.stepExecutions()).isEqualTo(done.size());
        assertThat(f.stepsWithinStandard()).isEqualTo((int) done.stream().filter(s -> s.deviations().isEmpty()).count());
        assertThat(f.late()).isEqualTo((int) done.stream().filter(s -> s.deviations().contains(Deviation.LATE)).count());
        assertThat(f.incomplete()).isEqualTo((int) done.stream().filter(s -> s.deviations().contains(Deviation.INCOMPLETE)).count());
        assertThat(f.noOutput()).isEqualTo((int) done.stream().filter(s -> s.deviations().contains(Deviation.NO_OUTPUT)).count());
        assertThat(f.late() + f.incomplete() + f.noOutput()).as("the generated data has deviations").isPositive();

        Map<Integer, List<StepRecord>> byStep = done.stream().collect(Collectors.groupingBy(StepRecord::step));
        assertThat(f.steps()).extracting(StepFigure::step).containsExactlyElementsOf(byStep.keySet().stream().sorted().toList());
        for (StepFigure figure : f.steps()) {
            List<Long> seconds = byStep.get(figure.step()).stream()
                    .map(s -> Duration.between(s.readyAt(), s.completedAt()).getSeconds()).sorted().toList();
            assertThat(figure.executions()).isEqualTo(seconds.size());
            assertThat(figure.averageMinutes()).isCloseTo(seconds.stream().mapToLong(Long::longValue).average()
                    .orElseThrow() / 60.0, within(0.001));
            // Nearest-rank p90, against the figure kept to a tenth of the standard.
            double p90 = seconds.get((int) Math.ceil(seconds.size() * 0.9) - 1) / 60.0;
            double bucket = figure.standardMinutes() / 10.0;
            assertThat(figure.p90Minutes()).isBetween(p90, Math.max(p90 + bucket, figure.standardMinutes() * 3.1));
        }
        assertThat(f.bottlenecks()).allMatch(b -> b.averageMinutes() > b.standardMinutes());
        assertThat(f.trend()).hasSize(3);
        assertThat(f.trend().stream().mapToInt(MonthFigure::runsStarted).sum()).isEqualTo(4);
        assertThat(f.neverRun()).noneMatch(s -> s.sopId() == sopId);

        // The rows behind the figures, exported.
        ComplianceFilter filter = new ComplianceFilter(null, sopId, now.minusMonths(1), now.plusMonths(1));
        List<id.baku.execution.CompletedStep> rows = new ArrayList<>();
        compliance.rows(filter, zone, rows::add);
        assertThat(rows).hasSize(done.size());
        var csvOut = new java.io.ByteArrayOutputStream();
        compliance.csv(filter, zone, key -> key, csvOut);
        String csv = csvOut.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(done.size() + 1);
        var xlsxOut = new java.io.ByteArrayOutputStream();
        compliance.xlsx(filter, zone, key -> key, xlsxOut);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsxOut.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(done.size());
            assertThat(book.getSheetAt(0).getRow(1).getCell(11).getNumericCellValue())
                    .isEqualTo((double) rows.getFirst().minutes());
        }
        // The unit filter is applied in the database: the SOP's own unit has the rows, another unit none.
        long unitId = sops.latest(sopId).orElseThrow().unitId();
        List<id.baku.execution.CompletedStep> ofUnit = new ArrayList<>();
        compliance.rows(new ComplianceFilter(unitId, null, filter.from(), filter.to()), zone, ofUnit::add);
        assertThat(ofUnit).extracting(id.baku.execution.CompletedStep::sopId).contains(sopId);
        long otherUnit = jdbc.sql("select min(id) from org_unit where tenant_id = (select tenant_id from sop where id = ?) "
                + "and id <> ? and parent_id is null and id not in (select parent_id from org_unit where id = ?)")
                .params(sopId, unitId, unitId).query(Long.class).single();
        List<id.baku.execution.CompletedStep> ofOther = new ArrayList<>();
        compliance.rows(new ComplianceFilter(otherUnit, sopId, filter.from(), filter.to()), zone, ofOther::add);
        assertThat(ofOther).isEmpty();
        assertThat(compliance.runs(filter, zone, 10)).extracting(RunRecord::id).containsExactlyElementsOf(runs);
        assertThat(compliance.runs(filter, zone, 2)).extracting(RunRecord::id).containsExactlyElementsOf(runs.subList(0, 2));

        // The printed compliance report carries the same figures, the steps and the runs.
        byte[] pdf = reports.complianceReport(filter).bytes();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/sheets"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/sheets/compliance-report.pdf"), pdf);
        new ProcessBuilder("pdftoppm", "-png", "-r", "70", "target/sheets/compliance-report.pdf",
                "target/sheets/compliance-report").start().waitFor();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("LAPORAN KEPATUHAN PELAKSANAAN", "Pelaksanaan dimulai: 4; selesai: 2",
                "terlambat " + f.late(), "Peliputan ke-0", "Peliputan ke-3",
                f.steps().getFirst().step() + ". " + f.steps().getFirst().activity().split(" ")[0]);
    }
}
