package id.baku.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {

    @Test
    void required_text_is_trimmed_and_limited() {
        assertThat(Checks.required("name", "  Bagian Umum ", 20)).isEqualTo("Bagian Umum");
        assertThatThrownBy(() -> Checks.required("name", "   ", 20))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> Checks.required("name", "x".repeat(21), 20))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.args()).containsExactly(20));
    }

    @Test
    void nip_is_optional_but_must_be_valid_when_given() {
        assertThat(Checks.optionalNip("nip", " ")).isNull();
        assertThat(Checks.optionalNip("nip", "19660419 198610 2 003")).isEqualTo("196604191986102003");
        assertThatThrownBy(() -> Checks.optionalNip("nip", "1966"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("nip"));
    }

    @Test
    void email_must_look_like_an_address() {
        assertThat(Checks.optionalEmail("email", "humas@tangerangkota.go.id")).isEqualTo("humas@tangerangkota.go.id");
        assertThatThrownBy(() -> Checks.optionalEmail("email", "humas at tangerang"))
                .isInstanceOf(InvalidInputException.class);
    }
}
