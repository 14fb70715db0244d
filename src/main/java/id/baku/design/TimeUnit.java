package id.baku.design;

/** The unit an author wrote Waktu in; stored times are always minutes. A hari is 24 hours. */
public enum TimeUnit {
    MENIT(1), JAM(60), HARI(24 * 60);

    private final int minutes;

    TimeUnit(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
