package id.baku.execution.domain;

import java.time.Instant;

/** A completed step execution with what its run adds, read as plain values (no managed entity) for export. */
public record CompletedRow(long id, long runId, String runTitle, long sopId, long sopVersionId, int step, int attempt,
                           int executorColumn, String completedBy, Instant readyAt, Instant completedAt,
                           int standardMinutes, String deviations) {
}
