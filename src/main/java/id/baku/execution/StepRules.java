package id.baku.execution;

import id.baku.design.Outcome;
import id.baku.design.QualityStandard;
import id.baku.design.SopContent;
import id.baku.design.Step;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How a run moves on and what counts as a deviation from the Mutu Baku; plain logic, no storage. */
final class StepRules {

    private StepRules() {
    }

    /**
     * The step after {@code step}: the next one for a process step, the picked outcome's target for a
     * decision (loops included); 0 when the run is over.
     */
    static int next(SopContent content, int step, Choice choice) {
        Step s = content.steps().get(step - 1);
        if (!s.isDecision()) {
            return step < content.steps().size() ? step + 1 : 0;
        }
        Outcome outcome = choice == Choice.NO ? s.no() : s.yes();
        if (outcome == null || outcome.target() < 1 || outcome.target() > content.steps().size()) {
            throw new IllegalStateException("decision " + step + " of an effective SOP has no valid target");
        }
        return outcome.target();
    }

    /**
     * Late: done after its due time (ready + Waktu). Incomplete: a Kelengkapan item missing. No output:
     * the standard asks for an Output and neither text nor a file was recorded.
     */
    static Set<Deviation> deviations(QualityStandard standard, Instant dueAt, Instant completedAt, List<Boolean> present,
                                     String output, int attachments) {
        Set<Deviation> found = EnumSet.noneOf(Deviation.class);
        if (standard.minutes() > 0 && completedAt.isAfter(dueAt)) {
            found.add(Deviation.LATE);
        }
        if (present.contains(Boolean.FALSE)) {
            found.add(Deviation.INCOMPLETE);
        }
        boolean asked = standard.output() != null && !standard.output().isBlank();
        if (asked && (output == null || output.isBlank()) && attachments == 0) {
            found.add(Deviation.NO_OUTPUT);
        }
        return found;
    }

    /** Whole minutes between two instants, rounded up: a step done in 30 min 10 s took 31 minutes. */
    static long minutes(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return Math.max(0, (seconds + 59) / 60);
    }
}
