package id.baku.compliance;

/** Penilaian terhadap penerapan SOP on the monitoring form. */
public enum Assessment {
    GOOD("monitoring.assessment.good"),
    POOR("monitoring.assessment.poor");

    /**
     * Below this share of steps within their Mutu Baku, the execution data propose "tidak berjalan
     * dengan baik": most steps may slip now and then, but a fifth off the standard is a pattern.
     */
    static final double GOOD_SHARE = 0.8;

    private final String labelKey;

    Assessment(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** What the half-year's execution data propose; an SOP that was never run is not being applied. */
    public static Assessment propose(int stepExecutions, int stepsWithin) {
        return stepExecutions > 0 && stepsWithin >= GOOD_SHARE * stepExecutions ? GOOD : POOR;
    }
}
