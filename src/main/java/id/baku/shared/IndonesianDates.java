package id.baku.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Indonesian documents print them: "3 Maret 2025". */
public final class IndonesianDates {

    public static final Locale INDONESIAN = Locale.of("id", "ID");

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private IndonesianDates() {
    }

    /** Fixed month names: the JDK's Indonesian locale data has varied between releases. */
    public static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** Indonesian by default, English when the UI is in English. */
    public static String format(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH.format(date) : format(date);
    }

    /** A month as charts and reports label it: "Nov 2026" (Indonesian names fixed as above), English when asked. */
    public static String shortMonth(java.time.YearMonth month, Locale locale) {
        String name = "en".equals(locale.getLanguage())
                ? month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                : MONTHS[month.getMonthValue() - 1].substring(0, 3);
        return name + " " + month.getYear();
    }

    /** Month as the Roman numeral used in Nomor SOP (III for March). */
    public static String romanMonth(int month) {
        return ROMAN[month - 1];
    }
}
