package id.baku.compliance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class MonevRulesTest {

    @Test
    void proposes_good_from_four_fifths_of_steps_within_the_standard() {
        assertThat(Assessment.propose(0, 0)).as("never run").isEqualTo(Assessment.POOR);
        assertThat(Assessment.propose(10, 8)).isEqualTo(Assessment.GOOD);
        assertThat(Assessment.propose(10, 7)).isEqualTo(Assessment.POOR);
        assertThat(Assessment.propose(1, 1)).isEqualTo(Assessment.GOOD);
    }

    @Test
    void half_years_run_january_to_june_and_july_to_december() {
        HalfYear first = HalfYear.of(LocalDate.of(2026, 6, 30));
        assertThat(first).isEqualTo(new HalfYear(2026, 1));
        assertThat(first.from()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(first.to()).isEqualTo(YearMonth.of(2026, 6));
        HalfYear second = HalfYear.of(LocalDate.of(2026, 7, 1));
        assertThat(second.to()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(second.previous()).isEqualTo(first);
        assertThat(first.previous()).isEqualTo(new HalfYear(2025, 2));
        assertThat(first.compareTo(second)).isNegative();
    }
}
