package id.baku.shared;

import java.util.regex.Pattern;

/** Input checks that throw {@link InvalidInputException} naming the field and what to fix. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Checks() {
    }

    /** Trimmed text; required and at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return text;
    }

    /** Trimmed text or null when blank; at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "validation.too-long", max);
        }
        return text;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        return value;
    }

    public static String optionalEmail(String field, String value) {
        String email = optional(field, value, 150);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "validation.email");
        }
        return email;
    }

    /** A valid 18-digit NIP without spaces, or null when blank. */
    public static String optionalNip(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = Nip.problem(value).orElse(null);
        if (key != null) {
            throw new InvalidInputException(field, key);
        }
        return Nip.normalize(value);
    }

    public static void matches(String field, String value, Pattern pattern, String messageKey) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, messageKey);
        }
    }

    /** The record changed since the user opened it: reload rather than overwrite someone's work. */
    public static void sameVersion(int expected, int actual) {
        if (expected != actual) {
            throw new InvalidInputException("error.concurrent-change");
        }
    }
}
