package id.baku.compliance;

import java.util.List;

/**
 * The dashboard's figures for a filter.
 *
 * @param runsCompletedWithin completed runs in which no step deviated from its Mutu Baku
 * @param bottlenecks         the steps whose average time runs furthest over the standard, worst first
 * @param neverRun            SOPs in force in the filter's scope that were never run
 */
public record ComplianceFigures(int runsStarted, int runsCompleted, int runsCompletedWithin, int stepExecutions,
                                int stepsWithinStandard, int late, int incomplete, int noOutput, List<StepFigure> steps,
                                List<StepFigure> bottlenecks, List<MonthFigure> trend, List<SopRef> neverRun) {

    /** Share of completed runs without any deviation, 0..1; 0 when none completed. */
    public double runsWithinShare() {
        return runsCompleted == 0 ? 0 : (double) runsCompletedWithin / runsCompleted;
    }

    /** Share of completed steps within their Mutu Baku, 0..1; 0 when none. */
    public double stepsWithinShare() {
        return stepExecutions == 0 ? 0 : (double) stepsWithinStandard / stepExecutions;
    }
}
