package id.baku.execution;

import java.util.Locale;

/** Berjalan until the last step is done (Selesai), or Dibatalkan by a supervisor. */
public enum RunStatus {
    RUNNING, COMPLETED, CANCELLED;

    public String labelKey() {
        return "execution.run-status." + name().toLowerCase(Locale.ROOT);
    }
}
