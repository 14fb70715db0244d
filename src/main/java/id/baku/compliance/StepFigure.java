package id.baku.compliance;

/**
 * One step of an SOP over the period: how often it was completed, how often within its Mutu Baku,
 * its deviations, and its actual time against the standard.
 *
 * @param p90Minutes 90 % of the executions took at most this long (to a tenth of the standard); null
 *                   for a step without a Waktu
 */
public record StepFigure(long sopId, String sopTitle, int step, String activity, int executions, int withinStandard,
                         int late, int incomplete, int noOutput, double averageMinutes, Double p90Minutes,
                         int standardMinutes) {

    /** How far the average runs over the standard: 0.5 is half as long again; 0 when within or no Waktu. */
    public double overrun() {
        return standardMinutes <= 0 ? 0 : Math.max(0, averageMinutes / standardMinutes - 1);
    }
}
