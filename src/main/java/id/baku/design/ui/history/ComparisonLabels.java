package id.baku.design.ui.history;

import id.baku.shared.IndonesianDates;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * What turns a diff into words: the UI's translations and language, and the names of the dasar
 * hukum and SOPs that identity fields refer to by id.
 */
public record ComparisonLabels(Translator translator, Locale locale, Map<Long, String> legalBasisNames,
                               Map<Long, String> sopTitles) {

    /** A component's {@code getTranslation}, or the I18NProvider with a fixed locale in a test. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    public ComparisonLabels {
        legalBasisNames = Map.copyOf(legalBasisNames);
        sopTitles = Map.copyOf(sopTitles);
    }

    String text(String key, Object... args) {
        return translator.translate(key, args);
    }

    String legalBasis(Long id) {
        return legalBasisNames.getOrDefault(id, text("history.unknown-reference", id));
    }

    String sop(Long id) {
        return sopTitles.getOrDefault(id, text("history.unknown-reference", id));
    }

    String date(LocalDate date) {
        return IndonesianDates.format(date, locale);
    }
}
