package id.baku.design;

import org.junit.jupiter.api.Test;

import java.util.List;

import static id.baku.design.Sops.content;
import static id.baku.design.Sops.decision;
import static id.baku.design.Sops.process;
import static org.assertj.core.api.Assertions.assertThat;

class SopValidatorTest {

    @Test
    void a_complete_sop_has_no_problems_and_its_total_time_is_the_sum() {
        SopContent sop = Sops.fiveSteps();
        assertThat(SopValidator.check(sop)).isEmpty();
        assertThat(sop.totalMinutes()).isEqualTo(80);
        assertThat(sop.drawnKind(1)).isEqualTo(StepKind.TERMINATOR);
        assertThat(sop.drawnKind(3)).isEqualTo(StepKind.DECISION);
        assertThat(sop.drawnKind(5)).isEqualTo(StepKind.TERMINATOR);
    }

    @Test
    void a_decision_needs_both_outcomes_with_existing_targets() {
        SopContent sop = content(List.of("A"),
                process("Mulai", 1, 5),
                decision("Periksa", 1, 5, new Outcome("Ya", 3), null),
                decision("Setujui", 1, 5, new Outcome("Setuju", 9), new Outcome("Tidak setuju", 3)),
                process("Selesai", 1, 5));
        assertThat(SopValidator.check(sop)).extracting(SopProblem::field, SopProblem::key).contains(
                org.assertj.core.groups.Tuple.tuple("step.2.no", "sop.problem.outcome-missing"),
                org.assertj.core.groups.Tuple.tuple("step.3.yes", "sop.problem.outcome-target"),
                org.assertj.core.groups.Tuple.tuple("step.3.no", "sop.problem.outcome-self"));
    }

    @Test
    void every_step_must_be_reachable_and_reach_the_end() {
        // Step 2 always loops back to 1: steps 3 and 4 can never be reached, and 1-2 never finish.
        SopContent sop = content(List.of("A"),
                process("Mulai", 1, 5),
                decision("Periksa", 1, 5, new Outcome("Ya", 1), new Outcome("Tidak", 1)),
                process("Olah", 1, 5),
                process("Selesai", 1, 5));
        List<SopProblem> problems = SopValidator.check(sop);
        assertThat(problems).filteredOn(p -> p.key().equals("sop.problem.unreachable"))
                .extracting(SopProblem::field).containsExactly("step.3", "step.4");
        assertThat(problems).filteredOn(p -> p.key().equals("sop.problem.dead-end"))
                .extracting(SopProblem::field).containsExactly("step.1", "step.2");
    }

    @Test
    void every_executor_column_is_used_and_times_are_positive() {
        SopContent sop = content(List.of("A", "B", "C"),
                process("Mulai", 1, 5),
                process("Olah", 3, 0),
                process("Selesai", 4, 5));
        assertThat(SopValidator.check(sop)).extracting(SopProblem::field, SopProblem::key).contains(
                org.assertj.core.groups.Tuple.tuple("executor.2", "sop.problem.executor-unused"),
                org.assertj.core.groups.Tuple.tuple("step.2.time", "sop.problem.step-time"),
                org.assertj.core.groups.Tuple.tuple("step.3.executor", "sop.problem.step-executor"));
    }

    @Test
    void decisions_cannot_open_or_close_the_flow_and_fields_have_limits() {
        SopContent sop = content(List.of("A"),
                decision("Mulai", 1, 5, new Outcome("Ya", 2), new Outcome("Tidak", 2)),
                process("x".repeat(SopValidator.TEXT_MAX + 1), 1, 5));
        assertThat(SopValidator.check(sop)).extracting(SopProblem::field, SopProblem::key).contains(
                org.assertj.core.groups.Tuple.tuple("step.1.kind", "sop.problem.decision-at-edge"),
                org.assertj.core.groups.Tuple.tuple("step.2.activity", "validation.too-long"));
    }

    @Test
    void an_empty_draft_reports_what_is_missing() {
        SopContent sop = new SopContent(null, null, null, null, null, " ", null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(SopValidator.check(sop)).extracting(SopProblem::field)
                .containsExactly("title", "executors", "steps");
    }

    @Test
    void normalizing_trims_texts_and_drops_blank_items() {
        SopContent sop = new SopContent(" 1/SOP/2025 ", null, null, null, new Signer(null, " ", "", null), " Judul ",
                null, List.of(" a ", " "), List.of(new RelatedSop(null, "  ")), null, null, null, "  ", null, null,
                List.of(new Executor(null, " Staf ")), List.of(process(" Mulai ", 1, 5)));
        SopContent normalized = sop.normalized();
        assertThat(normalized.number()).isEqualTo("1/SOP/2025");
        assertThat(normalized.title()).isEqualTo("Judul");
        assertThat(normalized.approvedBy()).isNull();
        assertThat(normalized.qualifications()).containsExactly("a");
        assertThat(normalized.related()).isEmpty();
        assertThat(normalized.summary()).isNull();
        assertThat(normalized.executors().getFirst().label()).isEqualTo("Staf");
        assertThat(normalized.steps().getFirst().activity()).isEqualTo("Mulai");
        assertThat(normalized.normalized()).isEqualTo(normalized);
    }
}
