package id.baku.compliance;

import java.time.Instant;
import java.util.List;

/**
 * A Formulir Evaluasi SOP AP of one SOP and year, with the year's execution figures and monitoring
 * results beside it to base the answers on.
 *
 * @param answers          all seven criteria in order, unanswered ones with {@code yes} null
 * @param monitoring       the year's monitoring assessments of this SOP, per half-year (null: not assessed)
 * @param revisionVersionId the revision a "revisi" recommendation started, if any
 * @param mayRevise        whether the signed-in user may start the recommended revision now
 * @param mayRetire        whether the signed-in user may withdraw the SOP as recommended now
 */
public record Evaluation(long id, long sopId, long sopVersionId, long unitId, String unitName, String sopNumber,
                         String sopTitle, int year, boolean finalised, List<CriterionAnswer> answers,
                         Recommendation recommendation, String recommendationNote, String evaluatorName,
                         String evaluatorNip, String evaluatorPosition, Instant finalisedAt, String updatedByName,
                         Instant updatedAt, SopFigure figures, java.util.Map<HalfYear, Assessment> monitoring,
                         Long revisionVersionId, boolean retired, int version, boolean mayEdit, boolean mayRevise,
                         boolean mayRetire) {

    /**
     * What the answers rest on, in two lines: the year's execution figures and its monitoring results —
     * the same on screen and on the printed form ({@code text} translates a key with its arguments).
     */
    public List<String> basis(java.util.function.BiFunction<String, Object[], String> text) {
        String figures = text.apply("evaluation.basis.figures", new Object[]{String.valueOf(year), this.figures.runsStarted(),
                this.figures.runsCompleted(), this.figures.stepsWithin(), this.figures.stepExecutions(), this.figures.late(),
                this.figures.incomplete(), this.figures.noOutput()});
        String results = monitoring.isEmpty() ? text.apply("evaluation.basis.no-monitoring", new Object[0])
                : monitoring.entrySet().stream().map(m -> text.apply(m.getKey().labelKey(),
                        new Object[]{String.valueOf(m.getKey().year())}) + ": " + text.apply(m.getValue() == null
                        ? "evaluation.basis.not-assessed" : m.getValue().labelKey(), new Object[0]))
                .collect(java.util.stream.Collectors.joining("; "));
        return List.of(figures, text.apply("evaluation.basis.monitoring", new Object[0]) + ": " + results);
    }

    public String sopLabel() {
        return sopNumber == null ? sopTitle : sopNumber + " \u2014 " + sopTitle;
    }
}
