package id.baku.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The i18n bundles ({@code vaadin-i18n/translations.properties} in Bahasa Indonesia, {@code _en}
 * in English) for code outside a Vaadin component, e.g. error messages written to the log.
 * The JVM's default locale never takes part: Indonesian is the base, English is asked for.
 */
public final class Texts {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** English when the locale's language is English, Bahasa Indonesia for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : IndonesianDates.INDONESIAN;
    }

    /** The language an HTTP caller asks for ({@code Accept-Language}): English if preferred, else Bahasa Indonesia. */
    public static Locale forAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return IndonesianDates.INDONESIAN;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage),
                    java.util.List.of(IndonesianDates.INDONESIAN, Locale.ENGLISH));
            return chosen == null ? IndonesianDates.INDONESIAN : chosen;
        } catch (IllegalArgumentException e) {
            return IndonesianDates.INDONESIAN;
        }
    }

    /** The text for {@code key}, or null when the key is unknown. */
    public static String get(Locale locale, String key, Object... args) {
        Locale wanted = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, Texts.class.getClassLoader(), NO_DEFAULT_LOCALE);
        try {
            return new MessageFormat(bundle.getString(key), wanted).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static String english(String key, Object... args) {
        String text = get(Locale.ENGLISH, key, args);
        return text == null ? key : text;
    }
}
