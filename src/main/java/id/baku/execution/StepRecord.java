package id.baku.execution;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One execution of a step in a run, as the run view and the API show it.
 *
 * @param actualMinutes from ready to completed; null while not done
 * @param overdue       not done and past its due time
 * @param choiceLabel   the outcome picked, labelled as in the SOP ("Tidak setuju")
 * @param mayWork       the signed-in user may take and complete it (their jabatan, or assigned to them)
 * @param version       the optimistic-lock counter to send back when taking or completing it
 */
public record StepRecord(long id, long runId, int step, int attempt, String activity, String executorLabel,
                         StepStatus status, int standardMinutes, Instant readyAt, Instant dueAt, String assignedTo,
                         String takenBy, Instant takenAt, String completedBy, Instant completedAt, Choice choice,
                         String choiceLabel, Integer nextStep, List<RequirementCheck> requirements, String output,
                         String note, Set<Deviation> deviations, List<AttachmentRecord> attachments,
                         Long actualMinutes, boolean overdue, boolean mayWork, int version) {
}
