package id.baku.shell;

import com.vaadin.flow.i18n.I18NProvider;
import id.baku.shared.IndonesianDates;
import id.baku.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The UI texts, Bahasa Indonesia first. Vaadin's default provider lets the JVM's default locale
 * take part in the lookup, so on a server running in English an Indonesian user got English
 * texts; {@link Texts} never falls back to it.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(IndonesianDates.INDONESIAN, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = Texts.get(locale, key, params);
        if (text == null) {
            log.warn("Missing translation {} for {}", key, Texts.supported(locale));
            return "!" + key;
        }
        return text;
    }
}
