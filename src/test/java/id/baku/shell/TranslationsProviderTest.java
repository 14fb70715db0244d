package id.baku.shell;

import id.baku.shared.IndonesianDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsProviderTest {

    private final Locale jvmDefault = Locale.getDefault();
    private final Translations translations = new Translations();

    @AfterEach
    void restoreDefault() {
        Locale.setDefault(jvmDefault);
    }

    @Test
    void indonesian_is_served_even_on_a_server_whose_default_locale_is_english() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(translations.getTranslation("shell.logout", IndonesianDates.INDONESIAN)).isEqualTo("Keluar");
        assertThat(translations.getTranslation("shell.logout", Locale.of("id"))).isEqualTo("Keluar");
    }

    @Test
    void english_is_served_when_chosen_and_unknown_languages_get_indonesian() {
        Locale.setDefault(Locale.ENGLISH);
        assertThat(translations.getTranslation("shell.logout", Locale.UK)).isEqualTo("Sign out");
        assertThat(translations.getTranslation("shell.logout", Locale.FRENCH)).isEqualTo("Keluar");
    }

    @Test
    void arguments_and_apostrophes_are_formatted() {
        assertThat(translations.getTranslation("units.saved", Locale.ENGLISH, "Bagian Umum")).isEqualTo("Unit \"Bagian Umum\" saved.");
        assertThat(translations.getTranslation("users.intro", Locale.ENGLISH)).startsWith("The pemda's users");
        assertThat(translations.getTranslation("profile.sop-number-pattern.help", IndonesianDates.INDONESIAN))
                .contains("{nomor}/000.8.3.3/{bulan}/{tahun}");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(translations.getTranslation("no.such-key", Locale.ENGLISH)).isEqualTo("!no.such-key");
    }
}
