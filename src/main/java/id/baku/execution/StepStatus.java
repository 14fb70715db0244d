package id.baku.execution;

import java.util.Locale;

/** A step execution waits for someone (OPEN), is being worked on (TAKEN), or is done (DONE). */
public enum StepStatus {
    OPEN, TAKEN, DONE;

    public String labelKey() {
        return "execution.step-status." + name().toLowerCase(Locale.ROOT);
    }
}
