package id.baku.compliance;

import java.time.Instant;

/**
 * One SOP on a monitoring form: the half-year's execution data with what they propose, and what the
 * monitor confirmed (assessment null: not yet), with their paraf (who and when).
 */
public record MonitoringRow(long id, Long sopId, String sopNumber, String sopTitle, Assessment proposed,
                            int runsStarted, int runsCompleted, int stepExecutions, int stepsWithin, int late,
                            int incomplete, int noOutput, String worstStep, Assessment assessment, String note,
                            String action, String confirmedByName, Instant confirmedAt) {

    public String sopLabel() {
        return sopNumber == null ? sopTitle : sopNumber + " \u2014 " + sopTitle;
    }
}
