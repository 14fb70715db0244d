package id.baku.compliance;

import java.time.YearMonth;

/** The trend: runs and step executions of one month. */
public record MonthFigure(YearMonth month, int runsStarted, int runsCompleted, int stepExecutions,
                          int stepsWithinStandard) {
}
