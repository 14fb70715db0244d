package id.baku.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NipTest {

    @Test
    void accepts_a_valid_nip_in_printed_form() {
        Nip nip = Nip.parse("19660419 198610 2 003");
        assertThat(nip.value()).isEqualTo("196604191986102003");
        assertThat(nip.formatted()).isEqualTo("19660419 198610 2 003");
    }

    @Test
    void rejects_wrong_length_and_letters() {
        assertThat(Nip.problem("1966041919861020")).contains("nip.error.length");
        assertThat(Nip.problem("19660419198610200X")).contains("nip.error.length");
        assertThat(Nip.problem("")).contains("nip.error.length");
    }

    @Test
    void rejects_an_impossible_birth_date() {
        assertThat(Nip.problem("196602301986102003")).contains("nip.error.birth-date");
    }

    @Test
    void rejects_an_appointment_before_birth_or_with_month_13() {
        assertThat(Nip.problem("196604191960102003")).contains("nip.error.appointment");
        assertThat(Nip.problem("196604191986132003")).contains("nip.error.appointment");
    }

    @Test
    void rejects_a_sex_digit_other_than_1_or_2() {
        assertThat(Nip.problem("196604191986103003")).contains("nip.error.sex");
    }

    @Test
    void constructor_refuses_invalid_values() {
        assertThatThrownBy(() -> new Nip("123")).isInstanceOf(InvalidInputException.class)
                .hasMessage("nip.error.length");
    }
}
