package id.baku.execution;

import java.time.Instant;

/**
 * An open step waiting for the signed-in user: theirs by jabatan (definitive or Plt.) or assigned to them.
 * {@code takenBy} is the full name of whoever took it.
 */
public record Task(long stepExecutionId, long runId, String runTitle, String sopTitle, int step, String activity,
                   String executorLabel, StepStatus status, String takenBy, Instant readyAt, Instant dueAt,
                   boolean overdue, int version) {
}
