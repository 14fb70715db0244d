package id.baku.execution;

import java.time.Instant;

/**
 * Published in the transaction that completes a run's last step.
 *
 * @param withinStandard no step of the run deviated from its Mutu Baku
 */
public record RunCompleted(long tenantId, long runId, long sopId, long unitId, Instant startedAt, Instant completedAt,
                           boolean withinStandard) {
}
