package id.baku.design;

/** Permenpan symbols a step can take. Steps are stored as PROCESS or DECISION; TERMINATOR is derived. */
public enum StepKind {
    PROCESS, DECISION, TERMINATOR
}
