package id.baku.ratification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SopNumberFormatTest {

    @Test
    void the_sample_pemdas_patterns_give_their_printed_numbers() {
        assertThat(SopNumberFormat.format("{nomor}/000.8.3.3/{bulan}/{tahun}", 60, LocalDate.of(2025, 3, 3)))
                .isEqualTo("60/000.8.3.3/III/2025");
        assertThat(SopNumberFormat.format("{nomor}/02/{bulan}/PROKOPIM/{tahun}", 50, LocalDate.of(2025, 1, 20)))
                .isEqualTo("50/02/I/PROKOPIM/2025");
        assertThat(SopNumberFormat.format("{nomor}/SOP/PKP/{tahun}", 7, LocalDate.of(2022, 1, 1)))
                .isEqualTo("7/SOP/PKP/2022");
        assertThat(SopNumberFormat.format("SOP-{tahun}-{bulanAngka}-{nomor}", 3, LocalDate.of(2026, 12, 31)))
                .isEqualTo("SOP-2026-12-3");
        assertThat(SopNumberFormat.format("{nomor}/{bulan}", 1, LocalDate.of(2026, 9, 1))).isEqualTo("1/IX");
    }

    @Test
    void a_pattern_needs_the_sequence_and_known_placeholders_only() {
        assertThat(SopNumberFormat.valid("{nomor}/SOP/{tahun}")).isTrue();
        assertThat(SopNumberFormat.valid("SOP/{tahun}")).isFalse();
        assertThat(SopNumberFormat.valid("{nomor}/{unit}/{tahun}")).isFalse();
        assertThat(SopNumberFormat.valid(null)).isFalse();
    }
}
