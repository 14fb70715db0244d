package id.baku.execution;

import java.time.Instant;
import java.util.Set;

/**
 * Published in the transaction that completes a step: how long it took against its Mutu Baku Waktu
 * and which deviations it has, for modules that keep figures (compliance).
 */
public record StepCompleted(long tenantId, long runId, long sopId, long unitId, int step, Instant readyAt,
                            Instant completedAt, int standardMinutes, Set<Deviation> deviations) {

    public StepCompleted {
        deviations = Set.copyOf(deviations);
    }
}
