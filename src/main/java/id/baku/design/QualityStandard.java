package id.baku.design;

import java.util.List;

/**
 * Mutu Baku of a step: Kelengkapan items, Waktu ({@code minutes}, shown in {@code unit}) and Output.
 */
public record QualityStandard(List<String> requirements, int minutes, TimeUnit unit, String output) {

    public QualityStandard {
        requirements = List.copyOf(requirements == null ? List.of() : requirements);
        unit = unit == null ? TimeUnit.MENIT : unit;
    }

    /** "120 menit", "2 jam", "1 hari"; minutes when they do not divide evenly into the unit. */
    public String timeText() {
        if (minutes % unit.minutes() == 0) {
            return minutes / unit.minutes() + " " + unit.label();
        }
        return minutes + " menit";
    }
}
