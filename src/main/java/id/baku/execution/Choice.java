package id.baku.execution;

/** The outcome picked at a decision step: the SOP's first outcome (yes: "Setuju") or its second (no). */
public enum Choice {
    YES, NO
}
