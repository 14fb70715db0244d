package id.baku.compliance;

/** What the evaluation concludes for the SOP: keep it as it is, revise it, or withdraw it. */
public enum Recommendation {
    KEEP("evaluation.recommendation.keep"),
    REVISE("evaluation.recommendation.revise"),
    RETIRE("evaluation.recommendation.retire");

    private final String labelKey;

    Recommendation(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
