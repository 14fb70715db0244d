package id.baku.compliance;

/**
 * One SOP over a period, for the monitoring and evaluation forms.
 *
 * @param worstStep           the step with the most deviations, 0 when none deviated
 * @param worstStepDeviations how many deviations that step had
 */
public record SopFigure(long sopId, int runsStarted, int runsCompleted, int stepExecutions, int stepsWithin, int late,
                        int incomplete, int noOutput, int worstStep, int worstStepDeviations) {

    public static SopFigure none(long sopId) {
        return new SopFigure(sopId, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public Assessment proposal() {
        return Assessment.propose(stepExecutions, stepsWithin);
    }
}
