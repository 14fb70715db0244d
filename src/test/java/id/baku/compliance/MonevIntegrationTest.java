package id.baku.compliance;

import id.baku.design.SopService;
import id.baku.design.VersionStatus;
import id.baku.execution.Choice;
import id.baku.execution.Completion;
import id.baku.execution.EffectiveSops;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunDetail;
import id.baku.execution.RunRecord;
import id.baku.execution.RunStatus;
import id.baku.execution.StepRecord;
import id.baku.execution.StepStatus;
import id.baku.ratification.RatificationService;
import id.baku.report.ReportService;
import id.baku.shared.InvalidInputException;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Permenpan monev forms on the real database: the monitoring form proposes from the execution data,
 * is confirmed, signed and printed; the evaluation answers the seven criteria and its recommendation starts
 * a revision or withdraws the SOP.
 */
@IntegrationTest
class MonevIntegrationTest {

    private static final Map<Integer, String> HOLDERS = Map.of(1, "kabid.dikp.tangerang", 2, "subkor.dime.tangerang",
            3, "tenagaahli.dikp.tangerang");

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired MonitoringService monitoring;
    @Autowired EvaluationService evaluations;
    @Autowired ReportService reports;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    private final List<Long> sopIds = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        clock.reset();
        jdbc.sql("delete from monitoring_form").update();
        jdbc.sql("delete from evaluation_form").update();
        sopIds.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void monitoring_proposes_from_the_runs_and_is_confirmed_signed_and_printed() throws Exception {
        long sopId = peliputan();
        // One run to the end, every step with everything asked for, on time but step 2, which runs late.
        RunRecord run = runToTheEnd(sopId, "Liputan musrenbang");
        signIn.as("kabid.dikp.tangerang");
        List<StepRecord> done = execution.run(run.id()).steps().stream().filter(s -> s.status() == StepStatus.DONE).toList();
        long unitId = sops.latest(sopId).orElseThrow().unitId();
        HalfYear now = HalfYear.of(LocalDate.now(ZoneId.of("Asia/Jakarta")));

        long formId = monitoring.open(unitId, now);
        assertThat(monitoring.open(unitId, now)).as("one form per unit and half-year").isEqualTo(formId);
        Monitoring form = monitoring.monitoring(formId);
        MonitoringRow row = form.rows().stream().filter(r -> r.sopId() == sopId).findFirst().orElseThrow();
        int within = (int) done.stream().filter(s -> s.deviations().isEmpty()).count();
        assertThat(within).isEqualTo(done.size() - 1);
        assertThat(row.proposed()).isEqualTo(within >= 0.8 * done.size() ? Assessment.GOOD : Assessment.POOR);
        assertThat(row.runsStarted()).isEqualTo(1);
        assertThat(row.runsCompleted()).isEqualTo(1);
        assertThat(row.stepExecutions()).isEqualTo(done.size());
        assertThat(row.stepsWithin()).isEqualTo(within);
        assertThat(row.late()).isEqualTo(1);
        assertThat(row.worstStep()).startsWith("2. ");
        assertThat(row.assessment()).as("the monitor confirms; Baku only proposes").isNull();
        assertThat(form.mayEdit()).isTrue();

        assertThatThrownBy(() -> monitoring.open(unitId, new HalfYear(now.year() + 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessage("monitoring.error.future");
        assertThatThrownBy(() -> monitoring.finalise(formId, form.version(), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessage("monitoring.error.unassessed");

        // "Tidak berjalan dengan baik" needs the action to take before the form can be signed.
        List<MonitoringAnswer> poor = form.rows().stream()
                .map(r -> new MonitoringAnswer(r.id(), Assessment.POOR, "Belum dijalankan", null)).toList();
        Monitoring saved = monitoring.save(formId, form.version(), poor);
        assertThat(saved.rows()).allMatch(r -> r.assessment() == Assessment.POOR && "Ahmad Fauzi, S.Kom., M.M.".equals(r.confirmedByName()));
        assertThatThrownBy(() -> monitoring.save(formId, form.version(), poor))
                .as("a stale form is not saved over a colleague's").isInstanceOf(InvalidInputException.class)
                .hasMessage("error.concurrent-change");
        assertThatThrownBy(() -> monitoring.finalise(formId, saved.version(), poor))
                .isInstanceOf(InvalidInputException.class).hasMessage("monitoring.error.action-required");
        byte[] draft = reports.monitoringForm(formId).bytes();
        assertThat(text(draft)).contains("KONSEP");

        List<MonitoringAnswer> answers = saved.rows().stream().map(r -> r.sopId() == sopId
                ? new MonitoringAnswer(r.id(), Assessment.GOOD, "Seluruh langkah sesuai Mutu Baku", null)
                : new MonitoringAnswer(r.id(), Assessment.POOR, "Belum dijalankan", "Sosialisasi SOP kepada pelaksana")).toList();
        signIn.as("auditor.tangerang");
        assertThatThrownBy(() -> monitoring.save(formId, saved.version(), answers)).isInstanceOf(AccessDeniedException.class);
        assertThat(monitoring.monitoring(formId).mayEdit()).isFalse();

        signIn.as("kabid.dikp.tangerang");
        Monitoring signed = monitoring.finalise(formId, saved.version(), answers);
        assertThat(signed.finalised()).isTrue();
        assertThat(signed.monitorName()).isEqualTo("Ahmad Fauzi, S.Kom., M.M.");
        assertThat(signed.monitorNip()).isEqualTo("197608142002121003");
        assertThat(signed.rows().stream().filter(r -> r.sopId() == sopId).findFirst().orElseThrow().assessment())
                .isEqualTo(Assessment.GOOD);
        assertThatThrownBy(() -> monitoring.save(formId, signed.version(), answers))
                .isInstanceOf(InvalidInputException.class).hasMessage("monitoring.error.final");
        assertThat(monitoring.list(now.year())).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(formId);
            assertThat(s.finalised()).isTrue();
            assertThat(s.assessed()).isEqualTo(s.rows());
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'monitoring.finalised' and subject = ?")
                .param("monitoring-form:" + formId).query(Integer.class).single()).isEqualTo(1);

        byte[] pdf = reports.monitoringForm(formId).bytes();
        save(pdf, "monitoring-form");
        assertThat(text(pdf)).contains("FORMULIR MONITORING PELAKSANAAN", "Penilaian terhadap penerapan",
                "Peliputan dan Publikasi", "Seluruh langkah sesuai Mutu Baku", "Ahmad Fauzi", "NIP. 197608142002121003",
                "AF").doesNotContain("KONSEP");
    }

    @Test
    void an_evaluation_recommending_revision_starts_one() throws Exception {
        long sopId = peliputan();
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        signIn.as("kabid.dikp.tangerang");
        assertThat(evaluations.list(year)).anySatisfy(s -> {
            assertThat(s.sopId()).isEqualTo(sopId);
            assertThat(s.evaluationId()).isNull();
        });
        long id = evaluations.open(sopId, year);
        assertThat(evaluations.open(sopId, year)).isEqualTo(id);
        assertThatThrownBy(() -> evaluations.open(sopId, year + 1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("evaluation.error.future");
        Evaluation e = evaluations.evaluation(id);
        assertThat(e.answers()).extracting(CriterionAnswer::criterion).containsExactly(Criterion.values());

        List<CriterionAnswer> five = Arrays.stream(Criterion.values()).limit(5)
                .map(c -> new CriterionAnswer(c, true, null)).toList();
        assertThatThrownBy(() -> evaluations.finalise(id, e.version(), new EvaluationInput(five, Recommendation.KEEP, null)))
                .isInstanceOf(InvalidInputException.class).hasMessage("evaluation.error.unanswered");
        Evaluation afterFailure = evaluations.evaluation(id);
        assertThat(afterFailure.answers()).as("a refused signature stores nothing").allMatch(a -> a.yes() == null);

        List<CriterionAnswer> all = Arrays.stream(Criterion.values())
                .map(c -> new CriterionAnswer(c, c != Criterion.EASY_TO_CARRY_OUT, c == Criterion.EASY_TO_CARRY_OUT
                        ? "Langkah verifikasi berulang" : null)).toList();
        assertThatThrownBy(() -> evaluations.finalise(id, e.version(), new EvaluationInput(all, Recommendation.REVISE, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("evaluation.error.reason");
        Evaluation signed = evaluations.finalise(id, e.version(),
                new EvaluationInput(all, Recommendation.REVISE, "Sederhanakan langkah verifikasi"));
        assertThat(signed.finalised()).isTrue();
        assertThat(signed.evaluatorName()).isEqualTo("Ahmad Fauzi, S.Kom., M.M.");
        assertThat(signed.mayRevise()).as("the Kabid is no SOP author").isFalse();
        assertThatThrownBy(() -> evaluations.startRevision(id)).isInstanceOf(AccessDeniedException.class);

        signIn.as("admin.tangerang");
        assertThat(evaluations.evaluation(id).mayRevise()).isTrue();
        long revision = evaluations.startRevision(id);
        var latest = sops.latest(sopId).orElseThrow();
        assertThat(latest.versionId()).isEqualTo(revision);
        assertThat(latest.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(latest.revision()).isEqualTo(sops.version(e.sopVersionId()).orElseThrow().revision() + 1);
        assertThatThrownBy(() -> evaluations.startRevision(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("evaluation.error.no-revision");
        Evaluation followed = evaluations.evaluation(id);
        assertThat(followed.revisionVersionId()).isEqualTo(revision);
        assertThat(followed.mayRevise()).isFalse();

        byte[] pdf = reports.evaluationForm(id).bytes();
        save(pdf, "evaluation-form");
        assertThat(text(pdf)).contains("FORMULIR EVALUASI", "Mampu mendorong peningkatan kinerja",
                "Sinergi satu dengan lainnya", "Langkah verifikasi berulang", "SOP direvisi",
                "Sederhanakan langkah verifikasi", "revisi SOP telah dimulai", "Ahmad Fauzi", "Peliputan dan Publikasi");
    }

    @Test
    void an_evaluation_recommending_withdrawal_retires_the_sop() {
        long sopId = peliputan();
        int lastYear = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() - 1;
        signIn.as("kadiskominfo.tangerang");
        long id = evaluations.open(sopId, lastYear);
        Evaluation e = evaluations.evaluation(id);
        List<CriterionAnswer> all = Arrays.stream(Criterion.values()).map(c -> new CriterionAnswer(c, false, null)).toList();
        Evaluation signed = evaluations.finalise(id, e.version(),
                new EvaluationInput(all, Recommendation.RETIRE, "Layanan dialihkan ke aplikasi nasional"));
        assertThat(signed.mayRetire()).isTrue();
        evaluations.retire(id);
        assertThat(sops.latest(sopId).orElseThrow().status()).isEqualTo(VersionStatus.RETIRED);
        assertThat(evaluations.evaluation(id).retired()).isTrue();
        assertThat(ratification.history(sops.latest(sopId).orElseThrow().versionId()).getLast().note())
                .isEqualTo("Dicabut berdasarkan Evaluasi SOP tahun " + lastYear + ": Layanan dialihkan ke aplikasi nasional");
        assertThatThrownBy(() -> evaluations.retire(id)).isInstanceOf(InvalidInputException.class)
                .hasMessage("evaluation.error.no-retire");
    }

    private long peliputan() {
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        sopIds.add(sopId);
        return sopId;
    }

    private RunRecord runToTheEnd(long sopId, String title) {
        signIn.as("kabid.dikp.tangerang");
        RunRecord run = execution.start(sopId, title, null);
        for (int guard = 0; guard < 100; guard++) {
            signIn.as("kabid.dikp.tangerang");
            RunDetail detail = execution.run(run.id());
            if (detail.run().status() != RunStatus.RUNNING) {
                return run;
            }
            StepRecord open = detail.steps().stream().filter(s -> s.status() != StepStatus.DONE).findFirst().orElseThrow();
            var step = detail.content().steps().get(open.step() - 1);
            clock.advance(open.step() == 2 ? Duration.ofMinutes(open.standardMinutes() + 5L) : Duration.ofMinutes(1));
            signIn.as(HOLDERS.get(step.executor()));
            execution.complete(open.id(), open.version(), new Completion(open.requirements().stream().map(x -> true).toList(),
                    "Hasil", null, step.isDecision() ? Choice.YES : null));
        }
        throw new AssertionError("the run did not end");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void save(byte[] pdf, String name) throws Exception {
        Files.createDirectories(Path.of("target/sheets"));
        Files.write(Path.of("target/sheets/" + name + ".pdf"), pdf);
        new ProcessBuilder("pdftoppm", "-png", "-r", "70", "target/sheets/" + name + ".pdf", "target/sheets/" + name)
                .start().waitFor();
    }
}
