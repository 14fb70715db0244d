package id.baku.compliance;

/** A criterion answered Ya (true), Tidak (false) or not yet (null), with the evaluator's note. */
public record CriterionAnswer(Criterion criterion, Boolean yes, String note) {
}
