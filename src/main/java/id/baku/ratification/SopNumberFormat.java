package id.baku.ratification;

import id.baku.shared.IndonesianDates;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pemda's Nomor SOP pattern, such as {@code {nomor}/000.8.3.3/{bulan}/{tahun}} (Kota Tangerang:
 * 60/000.8.3.3/III/2025) or {@code {nomor}/SOP/PKP/{tahun}} (Kabupaten Mojokerto). Placeholders:
 * {@code {nomor}} the sequence number of the year, {@code {bulan}} the month in Roman numerals,
 * {@code {bulanAngka}} the month as a number, {@code {tahun}} the year.
 */
public final class SopNumberFormat {

    static final Set<String> PLACEHOLDERS = Set.of("nomor", "bulan", "bulanAngka", "tahun");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private SopNumberFormat() {
    }

    /** The number for the {@code sequence}-th SOP ratified in the year of {@code on}. */
    public static String format(String pattern, int sequence, LocalDate on) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Sequence starts at 1");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder number = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "nomor" -> String.valueOf(sequence);
                case "bulan" -> IndonesianDates.romanMonth(on.getMonthValue());
                case "bulanAngka" -> String.valueOf(on.getMonthValue());
                case "tahun" -> String.valueOf(on.getYear());
                default -> m.group(); // not ours: kept as written, the pattern check reports it
            };
            m.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        m.appendTail(number);
        return number.toString();
    }

    /** Whether the pattern numbers SOPs: it has {@code {nomor}} and only known placeholders. */
    public static boolean valid(String pattern) {
        if (pattern == null || !pattern.contains("{nomor}")) {
            return false;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return false;
            }
        }
        return true;
    }
}
