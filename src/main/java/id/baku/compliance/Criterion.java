package id.baku.compliance;

/** The seven questions of the Formulir Evaluasi SOP AP (Permenpan RB 35/2012), in their order. */
public enum Criterion {
    IMPROVES_PERFORMANCE,
    EASY_TO_UNDERSTAND,
    EASY_TO_CARRY_OUT,
    EVERYONE_CAN_PLAY_THEIR_ROLE,
    SOLVES_PROCESS_PROBLEMS,
    MEETS_ORGANISATION_NEEDS,
    SYNERGY;

    /** 1 to 7, as numbered on the form. */
    public int number() {
        return ordinal() + 1;
    }

    public String labelKey() {
        return "evaluation.criterion." + number();
    }
}
