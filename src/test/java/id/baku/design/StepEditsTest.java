package id.baku.design;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.baku.design.Sops.decision;
import static id.baku.design.Sops.process;
import static org.assertj.core.api.Assertions.assertThat;

class StepEditsTest {

    // 1 Mulai, 2 Periksa, 3 Setujui? (Ya → 4, Tidak → 2), 4 Gandakan, 5 Arsip
    private final List<Step> steps = Sops.fiveSteps().steps();

    @Test
    void inserting_before_a_target_keeps_decisions_on_the_same_step() {
        StepEdits.Result r = StepEdits.insert(steps, 2, process("Baru", 1, 5));
        assertThat(activities(r.steps())).containsExactly("Menyusun draf", "Baru", "Memeriksa draf", "Menyetujui draf",
                "Menggandakan", "Mengarsipkan");
        Step decision = r.steps().get(3);
        assertThat(decision.yes().target()).isEqualTo(5);
        assertThat(r.steps().get(decision.yes().target() - 1).activity()).isEqualTo("Menggandakan");
        assertThat(r.steps().get(decision.no().target() - 1).activity()).isEqualTo("Memeriksa draf");
        assertThat(r.lostTargets()).isEmpty();
    }

    @Test
    void moving_a_step_renumbers_and_targets_follow_their_steps() {
        StepEdits.Result down = StepEdits.move(steps, 2, 4);
        assertThat(activities(down.steps())).containsExactly("Menyusun draf", "Menyetujui draf", "Menggandakan",
                "Memeriksa draf", "Mengarsipkan");
        Step decision = down.steps().get(1);
        assertThat(down.steps().get(decision.yes().target() - 1).activity()).isEqualTo("Menggandakan");
        assertThat(down.steps().get(decision.no().target() - 1).activity()).isEqualTo("Memeriksa draf");

        StepEdits.Result up = StepEdits.move(steps, 3, 1);
        Step moved = up.steps().getFirst();
        assertThat(up.steps().get(moved.yes().target() - 1).activity()).isEqualTo("Menggandakan");
        assertThat(up.steps().get(moved.no().target() - 1).activity()).isEqualTo("Memeriksa draf");
        assertThat(StepEdits.move(up.steps(), 1, 3).steps()).isEqualTo(steps);
    }

    @Test
    void deleting_a_target_reports_the_decision_that_lost_it() {
        StepEdits.Result r = StepEdits.delete(steps, 2);
        assertThat(r.steps()).hasSize(4);
        Step decision = r.steps().get(1);
        assertThat(decision.activity()).isEqualTo("Menyetujui draf");
        assertThat(decision.no().target()).isZero();
        assertThat(decision.no().label()).isEqualTo("Tidak");
        assertThat(r.steps().get(decision.yes().target() - 1).activity()).isEqualTo("Menggandakan");
        assertThat(r.lostTargets()).containsExactly(2);
        assertThat(SopValidator.check(Sops.content(List.of("Staf", "Kasubbag", "Kabag"),
                r.steps().toArray(Step[]::new)))).extracting(SopProblem::field).contains("step.2.no");
    }

    @Test
    void deleting_another_step_loses_nothing() {
        StepEdits.Result r = StepEdits.delete(steps, 5);
        assertThat(r.lostTargets()).isEmpty();
        assertThat(r.steps().get(2).yes().target()).isEqualTo(4);
    }

    @Test
    void removing_an_executor_column_shifts_the_ones_to_its_right() {
        List<Step> table = List.of(process("a", 1, 5), decision("b", 2, 5, new Outcome("Ya", 3), new Outcome("Tidak", 1)),
                process("c", 3, 5));
        assertThat(StepEdits.removeExecutor(table, 2)).extracting(Step::executor).containsExactly(1, 0, 2);
        assertThat(StepEdits.swapExecutors(table, 1, 3)).extracting(Step::executor).containsExactly(3, 2, 1);
    }

    private static List<String> activities(List<Step> steps) {
        return steps.stream().map(Step::activity).toList();
    }
}
