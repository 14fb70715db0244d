package id.baku.shell;

import com.vaadin.flow.i18n.I18NProvider;
import id.baku.shared.IndonesianDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts: {@code vaadin-i18n/translations.properties} is Bahasa Indonesia, {@code _en} English.
 * Vaadin's default provider lets the JVM's default locale take part in the lookup, so on a server
 * running in English an Indonesian user got English texts; this one never falls back to it.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(IndonesianDates.INDONESIAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale == null || !"en".equals(locale.getLanguage()) ? IndonesianDates.INDONESIAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, Translations.class.getClassLoader(), NO_DEFAULT_LOCALE);
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, wanted);
            return "!" + key;
        }
        return new MessageFormat(text, wanted).format(params);
    }
}
