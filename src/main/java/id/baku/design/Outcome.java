package id.baku.design;

/** One way out of a decision: its label as printed ("Ya", "Tidak setuju") and the step number it leads to. */
public record Outcome(String label, int target) {
}
