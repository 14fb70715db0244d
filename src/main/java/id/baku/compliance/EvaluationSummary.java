package id.baku.compliance;

import java.time.LocalDate;

/**
 * An SOP in force and its evaluation of a year, if one was opened.
 *
 * @param reviewDue when the SOP's periodic review falls due
 */
public record EvaluationSummary(long sopId, String sopNumber, String sopTitle, String unitName, LocalDate reviewDue,
                                Long evaluationId, boolean finalised, Recommendation recommendation) {

    public String sopLabel() {
        return sopNumber == null ? sopTitle : sopNumber + " \u2014 " + sopTitle;
    }
}
