package id.baku.execution;

import id.baku.design.Executor;
import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.Step;
import id.baku.design.StepKind;
import id.baku.design.TimeUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepRulesTest {

    private static final QualityStandard TEN_MINUTES = new QualityStandard(List.of("Disposisi", "Jadwal"), 10,
            TimeUnit.MENIT, "Surat tugas");

    private static final SopContent SOP = new SopContent(null, null, null, null, null, "Uji", null, null, null, null,
            null, null, null, null, null, List.of(new Executor(null, "Staf"), new Executor(null, "Kepala")), List.of(
            new Step("Menyusun", 1, StepKind.PROCESS, null, null, TEN_MINUTES, null),
            new Step("Memeriksa", 2, StepKind.DECISION, new Outcome("Setuju", 3), new Outcome("Tidak setuju", 1),
                    TEN_MINUTES, null),
            new Step("Mengirim", 1, StepKind.PROCESS, null, null, TEN_MINUTES, null)));

    @Test
    void a_process_step_leads_to_the_next_and_the_last_step_ends_the_run() {
        assertThat(StepRules.next(SOP, 1, null)).isEqualTo(2);
        assertThat(StepRules.next(SOP, 3, null)).isZero();
    }

    @Test
    void a_decision_follows_the_picked_outcome_loops_included() {
        assertThat(StepRules.next(SOP, 2, Choice.YES)).isEqualTo(3);
        assertThat(StepRules.next(SOP, 2, Choice.NO)).isEqualTo(1);
    }

    @Test
    void late_missing_kelengkapan_and_empty_output_are_deviations() {
        Instant due = Instant.parse("2026-11-25T03:10:00Z");
        assertThat(StepRules.deviations(TEN_MINUTES, due, due, List.of(true, true), "Surat tugas no. 12", 0)).isEmpty();
        assertThat(StepRules.deviations(TEN_MINUTES, due, due.plusSeconds(1), List.of(true, true), "ada", 0))
                .containsExactly(Deviation.LATE);
        assertThat(StepRules.deviations(TEN_MINUTES, due, due, List.of(true, false), " ", 0))
                .containsExactlyInAnyOrder(Deviation.INCOMPLETE, Deviation.NO_OUTPUT);
        assertThat(StepRules.deviations(TEN_MINUTES, due, due, List.of(true, true), null, 1))
                .as("a photo is an output").isEmpty();
        QualityStandard noOutputAsked = new QualityStandard(List.of(), 0, TimeUnit.MENIT, null);
        assertThat(StepRules.deviations(noOutputAsked, due, due.plusSeconds(3600), List.of(), null, 0))
                .as("no Waktu, no Output asked: nothing to miss").isEmpty();
    }

    @Test
    void minutes_are_rounded_up() {
        Instant start = Instant.parse("2026-11-25T03:00:00Z");
        assertThat(StepRules.minutes(start, start)).isZero();
        assertThat(StepRules.minutes(start, start.plusSeconds(1))).isEqualTo(1);
        assertThat(StepRules.minutes(start, start.plusSeconds(30 * 60 + 10))).isEqualTo(31);
    }
}
