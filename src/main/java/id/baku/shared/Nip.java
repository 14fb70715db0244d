package id.baku.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Nomor Induk Pegawai: 18 digits = date of birth (yyyyMMdd), year and month of appointment
 * (yyyyMM), sex (1 male, 2 female) and a sequence number (3 digits).
 */
public record Nip(String value) {

    public Nip {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new InvalidInputException("nip", problem.get());
        }
    }

    /** Accepts the printed form with spaces ("19660419 198610 2 003"). */
    public static Nip parse(String text) {
        return new Nip(normalize(text));
    }

    public static String normalize(String text) {
        return text == null ? "" : text.replaceAll("[\\s.]", "");
    }

    /** The i18n key of what is wrong with the text, or empty when it is a valid NIP. */
    public static Optional<String> problem(String text) {
        String digits = normalize(text);
        if (!digits.matches("\\d{18}")) {
            return Optional.of("nip.error.length");
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of("nip.error.birth-date");
        }
        try {
            appointed = YearMonth.of(Integer.parseInt(digits.substring(8, 12)), Integer.parseInt(digits.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("nip.error.appointment");
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return Optional.of("nip.error.appointment");
        }
        char sex = digits.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("nip.error.sex");
        }
        return Optional.empty();
    }

    /** Printed form: "19660419 198610 2 003". */
    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }

    @Override
    public String toString() {
        return value;
    }
}
