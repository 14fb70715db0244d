package id.baku.compliance;

import java.util.List;

/** What the evaluator fills in: the answers (any order, missing ones stay unanswered) and the recommendation. */
public record EvaluationInput(List<CriterionAnswer> answers, Recommendation recommendation, String recommendationNote) {

    public EvaluationInput {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
