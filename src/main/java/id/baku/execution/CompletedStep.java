package id.baku.execution;

import java.time.Instant;
import java.util.Set;

/** One completed step execution, as the rows behind a compliance figure list it. */
public record CompletedStep(long runId, String runTitle, long sopId, String sopNumber, String sopTitle, int step,
                            int attempt, String activity, String executor, String completedBy, Instant readyAt,
                            Instant completedAt, long minutes, int standardMinutes, Set<Deviation> deviations) {
}
