package id.baku.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianDatesTest {

    @Test
    void formats_dates_as_indonesian_documents_do() {
        assertThat(IndonesianDates.format(LocalDate.of(2025, 3, 3))).isEqualTo("3 Maret 2025");
        assertThat(IndonesianDates.format(LocalDate.of(2024, 8, 17))).isEqualTo("17 Agustus 2024");
    }

    @Test
    void formats_in_english_when_the_ui_is_english() {
        assertThat(IndonesianDates.format(LocalDate.of(2025, 3, 3), Locale.ENGLISH)).isEqualTo("3 March 2025");
        assertThat(IndonesianDates.format(LocalDate.of(2025, 3, 3), IndonesianDates.INDONESIAN)).isEqualTo("3 Maret 2025");
    }

    @Test
    void gives_roman_months_for_sop_numbers() {
        assertThat(IndonesianDates.romanMonth(3)).isEqualTo("III");
        assertThat(IndonesianDates.romanMonth(12)).isEqualTo("XII");
    }
}
