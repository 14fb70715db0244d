package id.baku.execution;

import java.time.Instant;

/** A run in a list: what it runs, who started it, how far it is. */
public record RunRecord(long id, long sopId, long versionId, String sopNumber, String sopTitle, String title,
                        String reference, RunStatus status, String startedBy, Instant startedAt, Instant completedAt,
                        int currentStep, int deviations, boolean overdue) {
}
