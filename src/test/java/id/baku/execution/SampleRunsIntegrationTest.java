package id.baku.execution;

import id.baku.design.SopService;
import id.baku.testing.IntegrationTest;
import id.baku.testing.SignIn;
import id.baku.tenant.UserRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every SOP in force of the sample pemda can be run end to end by its demo staff: each step goes to
 * someone who holds its jabatan, and completing every step in turn ends the run.
 */
@IntegrationTest
class SampleRunsIntegrationTest {

    @Autowired SignIn signIn;
    @Autowired SopService sops;
    @Autowired ExecutionService execution;
    @Autowired JdbcClient jdbc;

    private final List<Long> runs = new ArrayList<>();

    @AfterEach
    void tearDown() {
        SignIn.out();
        runs.forEach(id -> jdbc.sql("delete from sop_run where id = ?").param(id).update());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin.tangerang", "admin.lamandau", "admin.mojokerto"})
    void every_sop_in_force_runs_to_the_end_with_the_demo_staff(String admin) {
        signIn.as(admin);
        List<StartableSop> startable = execution.startable();
        assertThat(startable).isNotEmpty();
        for (StartableSop sop : startable) {
            signIn.as(admin);
            RunRecord run = execution.start(sop.sopId(), "Uji " + sop.title(), null);
            runs.add(run.id());
            int guard = 0;
            RunDetail detail = execution.run(run.id());
            while (detail.run().status() == RunStatus.RUNNING && guard++ < 100) {
                StepRecord open = detail.steps().stream().filter(s -> s.status() != StepStatus.DONE).findFirst().orElseThrow();
                List<UserRecord> holders = execution.candidates(open.id());
                assertThat(holders).as("someone holds the jabatan of step %d of %s (%s)", open.step(), sop.title(),
                        open.executorLabel()).isNotEmpty();
                signIn.as(holders.getFirst().username());
                execution.complete(open.id(), open.version(), new Completion(
                        open.requirements().stream().map(r -> true).toList(), "Selesai", null,
                        detail.content().steps().get(open.step() - 1).isDecision() ? Choice.YES : null));
                signIn.as(admin);
                detail = execution.run(run.id());
            }
            assertThat(detail.run().status()).as(sop.title()).isEqualTo(RunStatus.COMPLETED);
        }
    }
}
