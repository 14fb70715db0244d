package id.baku.design;

/**
 * A column of the step table. The standard ones ({@link #STANDARD_KEYS}) may only be relabelled
 * (Tangerang's "Uraian kegiatan"); extra ones, such as "Dokumen terkait", hold a short text per step.
 */
public record StepColumn(String key, String label) {

    public static final java.util.List<String> STANDARD_KEYS = java.util.List.of("number", "activity", "executors",
            "requirements", "time", "output", "notes");

    public boolean standard() {
        return STANDARD_KEYS.contains(key);
    }
}
