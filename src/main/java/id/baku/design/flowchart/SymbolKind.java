package id.baku.design.flowchart;

/** The Permenpan symbols a step is drawn with; connectors and off-page pentagons have their own records. */
public enum SymbolKind {
    /** Capsule: the first and the last step. */
    TERMINATOR,
    /** Rectangle: an activity. */
    PROCESS,
    /** Diamond: a decision with two outcomes. */
    DECISION
}
