package id.baku.execution;

import id.baku.audit.AuditEntry;
import id.baku.audit.AuditService;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.ratification.RatificationService;
import id.baku.shared.InvalidInputException;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kota Tangerang runs its SOPs: the Diskominfo's "Peliputan dan Publikasi" (12 steps, the check at
 * step 10 sends the narrative back to step 9 once) by the Kabid, the Sub Koordinator and the Tenaga
 * Ahli, timed against the Mutu Baku with a controlled clock; and two members of the Tim Kreatif
 * completing the same step of SOP 60 at once.
 */
@IntegrationTest
class ExecutionServiceIntegrationTest {

    private static final String KABID = "kabid.dikp.tangerang";
    private static final String SUBKOR = "subkor.dime.tangerang";
    private static final String TENAGA_AHLI = "tenagaahli.dikp.tangerang";

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired RatificationService ratification;
    @Autowired ExecutionService execution;
    @Autowired OverdueJob overdueJob;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired AuditService audit;

    private final List<Long> createdSops = new ArrayList<>();
    private final List<Long> createdRuns = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        clock.reset();
        createdRuns.forEach(id -> jdbc.sql("delete from sop_run where id = ?").param(id).update());
        createdSops.forEach(id -> jdbc.sql("delete from sop where id = ?").param(id).update());
    }

    @Test
    void peliputan_is_run_by_three_people_loops_back_once_and_completes() {
        long sopId = effectivePeliputan();
        signIn.as(KABID);
        RunRecord run = start(sopId, "Peliputan HUT Kota Tangerang ke-32");
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.currentStep()).isEqualTo(1);

        completeAs(KABID, run.id(), 1, null);
        completeAs(SUBKOR, run.id(), 2, null);
        completeAs(SUBKOR, run.id(), 3, null);
        for (int step = 4; step <= 9; step++) {
            completeAs(TENAGA_AHLI, run.id(), step, null);
        }
        completeAs(SUBKOR, run.id(), 10, Choice.NO);
        completeAs(TENAGA_AHLI, run.id(), 9, null);
        completeAs(SUBKOR, run.id(), 10, Choice.YES);
        completeAs(TENAGA_AHLI, run.id(), 11, null);
        completeAs(TENAGA_AHLI, run.id(), 12, null);

        signIn.as(KABID);
        RunDetail detail = execution.run(run.id());
        assertThat(detail.run().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(detail.path()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 9, 10, 11, 12);
        StepRecord rejected = detail.steps().get(9);
        assertThat(rejected.choiceLabel()).isEqualTo("Tidak setuju");
        assertThat(rejected.nextStep()).isEqualTo(9);
        assertThat(detail.steps().get(10).attempt()).isEqualTo(2);
        assertThat(detail.steps()).allMatch(s -> s.deviations().isEmpty());
        assertThat(detail.steps().getFirst().completedBy()).isEqualTo("Ahmad Fauzi, S.Kom., M.M.");
        assertThat(execution.myRuns()).filteredOn(r -> r.id() == run.id()).extracting(RunRecord::startedBy)
                .containsExactly("Ahmad Fauzi, S.Kom., M.M.");

        // Every action is in the pemda's audit chain, which still verifies.
        signIn.as("auditor.tangerang");
        List<String> actions = audit.events("run:" + run.id(), 0, 50).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("run.started", "run.completed");
        assertThat(audit.events("step-execution:" + rejected.id(), 0, 50)).extracting(AuditEntry::action)
                .contains("step.ready", "step.completed");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void steps_are_timed_against_the_mutu_baku_and_deviations_recorded() {
        long sopId = effectivePeliputan();
        signIn.as(KABID);
        RunRecord run = start(sopId, "Peliputan Musrenbang Kecamatan");
        clock.advance(Duration.ofMinutes(15));
        StepRecord late = completeAs(KABID, run.id(), 1, null);
        assertThat(late.deviations()).containsExactly(Deviation.LATE);
        assertThat(late.actualMinutes()).isEqualTo(15);
        assertThat(late.standardMinutes()).isEqualTo(10);
        assertThat(late.completedBy()).as("the completing person by name").isEqualTo("Ahmad Fauzi, S.Kom., M.M.");

        signIn.as(SUBKOR);
        StepRecord two = open(run.id(), 2);
        StepRecord missing = execution.complete(two.id(), two.version(), new Completion(List.of(false), " ", null, null));
        assertThat(missing.deviations()).containsExactlyInAnyOrder(Deviation.INCOMPLETE, Deviation.NO_OUTPUT);
        assertThat(missing.requirements()).containsExactly(new RequirementCheck("Daftar nama-nama bagian peliputan", false));
        assertThat(completeAs(SUBKOR, run.id(), 3, null).deviations()).isEmpty();

        // Step 4 (10 minutes) runs past its due time: the overdue job flags it once, and only one replica acts.
        clock.advance(Duration.ofMinutes(11));
        signIn.as(TENAGA_AHLI);
        assertThat(execution.myTasks()).first().satisfies(t -> {
            assertThat(t.runId()).isEqualTo(run.id());
            assertThat(t.overdue()).isTrue();
        });
        SignIn.out();
        clock.advance(Duration.ofMinutes(2));
        int flagged = overdueJob.runOnce();
        assertThat(flagged).isGreaterThanOrEqualTo(1);
        assertThat(overdueJob.runOnce()).as("the lease is taken for this period").isEqualTo(-1);
        long flags = jdbc.sql("select count(*) from step_execution where run_id = ? and overdue_at is not null")
                .param(run.id()).query(Long.class).single();
        assertThat(flags).isEqualTo(1);
    }

    @Test
    void only_the_holders_of_a_steps_jabatan_work_it_and_only_the_first_steps_start_a_run() {
        long sopId = effectivePeliputan();
        signIn.as(TENAGA_AHLI);
        assertThatThrownBy(() -> execution.start(sopId, "Peliputan", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("execution.error.not-first-executor"));
        signIn.as(KABID);
        assertThatThrownBy(() -> execution.start(sopId, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        RunRecord run = start(sopId, "Peliputan Hari Jadi");
        StepRecord first = open(run.id(), 1);
        signIn.as(TENAGA_AHLI);
        assertThatThrownBy(() -> execution.complete(first.id(), first.version(), new Completion(List.of(true), "ok", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("execution.error.not-your-step"));
        assertThat(execution.myTasks()).noneMatch(t -> t.runId() == run.id());

        // The Kabid is the Sub Koordinator's supervisor: a step can be given to one person.
        completeAs(KABID, run.id(), 1, null);
        signIn.as(KABID);
        StepRecord second = open(run.id(), 2);
        execution.reassign(second.id(), second.version(), KABID);
        signIn.as(SUBKOR);
        assertThat(execution.myTasks()).noneMatch(t -> t.runId() == run.id());
        signIn.as(TENAGA_AHLI);
        StepRecord reassigned = open(run.id(), 2);
        assertThatThrownBy(() -> execution.reassign(reassigned.id(), reassigned.version(), TENAGA_AHLI))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void two_people_completing_the_same_step_at_once_end_with_one_winner_and_one_next_step() throws Exception {
        signIn.as("kreator.kompim.tangerang");
        long sopId = sops.list(new SopQuery(null, "60/000.8.3.3", null)).getFirst().sopId();
        RunRecord run = start(sopId, "Agenda setting pekan ke-48");
        StepRecord first = open(run.id(), 1);
        SignIn.out();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (String user : List.of("kreator.kompim.tangerang", "adminmedsos.kompim.tangerang", "kreator.kompim.tangerang")) {
            futures.add(pool.submit(() -> {
                signIn.as(user);
                try {
                    go.await();
                    execution.complete(first.id(), first.version(),
                            new Completion(List.of(), "Draft agenda setting", null, null));
                    outcomes.add("ok");
                } catch (InvalidInputException e) {
                    outcomes.add(e.messageKey());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SignIn.out();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(outcomes).hasSize(3).containsOnlyOnce("ok");
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).allMatch(o -> o.startsWith("execution.error.")
                || o.equals("error.concurrent-change"));
        long seconds = jdbc.sql("select count(*) from step_execution where run_id = ? and step = 2").param(run.id())
                .query(Long.class).single();
        assertThat(seconds).as("the next step is made ready once").isEqualTo(1);
    }

    @Test
    void a_photo_is_an_output_and_a_file_lying_about_its_type_or_too_large_is_refused() throws Exception {
        long sopId = effectivePeliputan();
        signIn.as(KABID);
        RunRecord run = start(sopId, "Peliputan Car Free Day");
        StepRecord first = open(run.id(), 1);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        AttachmentRecord photo = execution.addAttachment(first.id(), "dokumentasi.png", "image/png",
                new java.io.ByteArrayInputStream(png), png.length);
        assertThat(photo.contentType()).isEqualTo("image/png");
        byte[] exe = "MZ\u0090\u0000 this is a program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> execution.addAttachment(first.id(), "foto.jpg", "image/jpeg",
                new java.io.ByteArrayInputStream(exe), exe.length))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("execution.error.attachment-type"));
        assertThatThrownBy(() -> execution.addAttachment(first.id(), "video.mp4", "video/mp4",
                new java.io.ByteArrayInputStream(png), 26L * 1024 * 1024))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("execution.error.attachment-size"));

        StepRecord done = execution.complete(first.id(), first.version(), new Completion(List.of(true), null, null, null));
        assertThat(done.deviations()).as("the photo is the output").isEmpty();
        assertThat(done.attachments()).extracting(AttachmentRecord::fileName).containsExactly("dokumentasi.png");
        try (java.io.InputStream in = execution.attachmentContent(photo.id()).open().get()) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
    }

    @Test
    void a_free_label_pelaksana_must_be_mapped_to_a_jabatan_before_the_sop_runs() {
        signIn.as("admin.tangerang");
        long sopId = sops.list(new SopQuery(null, "60/000.8.3.3", null)).getFirst().sopId();
        java.util.Map<String, List<Long>> mapped = execution.mappings(sopId);
        String label = mapped.keySet().iterator().next();
        assertThat(label).startsWith("Tim Kreatif");
        assertThat(mapped.get(label)).hasSize(4);
        execution.map(sopId, label, List.of());
        try {
            assertThatThrownBy(() -> execution.start(sopId, "Agenda setting", null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("execution.error.unmapped");
                        assertThat(e.args()).containsExactly(label);
                    });
        } finally {
            execution.map(sopId, label, mapped.get(label));
        }
        signIn.as("kreator.kompim.tangerang");
        assertThatThrownBy(() -> execution.map(sopId, label, List.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private RunRecord start(long sopId, String title) {
        RunRecord run = execution.start(sopId, title, "Disposisi 005/123");
        createdRuns.add(run.id());
        return run;
    }

    private StepRecord open(long runId, int step) {
        return execution.run(runId).steps().stream().filter(s -> s.step() == step && s.status() != StepStatus.DONE)
                .findFirst().orElseThrow(() -> new AssertionError("step " + step + " is not open"));
    }

    /** Completes the step with everything present and an output, as the given user. */
    private StepRecord completeAs(String user, long runId, int step, Choice choice) {
        signIn.as(user);
        assertThat(execution.myTasks()).as("%s sees step %d", user, step)
                .anyMatch(t -> t.runId() == runId && t.step() == step);
        StepRecord s = open(runId, step);
        List<Boolean> present = s.requirements().stream().map(r -> true).toList();
        return execution.complete(s.id(), s.version(), new Completion(present, "Hasil langkah " + step, null, choice));
    }

    /** A ratified copy of the seed draft "Peliputan dan Publikasi" in the Bidang DIKP, deleted afterwards. */
    private long effectivePeliputan() {
        long sopId = EffectiveSops.peliputan(signIn, sops, ratification);
        createdSops.add(sopId);
        return sopId;
    }
}
