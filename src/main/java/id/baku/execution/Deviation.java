package id.baku.execution;

import java.util.Locale;

/**
 * A departure from the Mutu Baku, which the SOP AP counts as a failure: the step took longer than its
 * Waktu, a Kelengkapan item was missing, or no Output was recorded.
 */
public enum Deviation {
    LATE, INCOMPLETE, NO_OUTPUT;

    public String labelKey() {
        return "execution.deviation." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
