package id.baku.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hashed text must never change: a hash written today is recomputed years later. */
class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-25T03:04:05.123456789Z");

    @Test
    void the_canonical_text_has_a_fixed_key_order_utc_microseconds_and_sorted_details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("to", "submitted");
        details.put("from", "draft");
        String text = AuditHash.canonical(AuditHash.GENESIS, 1, AuditHash.stored(AT), "katim.kompim.tangerang",
                "sop.submitted", "sop-version:12", AuditHash.details(details));
        assertThat(text).isEqualTo("{\"prev\":\"" + "0".repeat(64) + "\",\"seq\":1,\"at\":\"2026-11-25T03:04:05.123456Z\","
                + "\"actor\":\"katim.kompim.tangerang\",\"action\":\"sop.submitted\",\"subject\":\"sop-version:12\","
                + "\"details\":{\"from\":\"draft\",\"to\":\"submitted\"}}");
        assertThat(AuditHash.sha256(text)).isEqualTo(AuditHash.hash(AuditHash.GENESIS, 1, AuditHash.stored(AT),
                "katim.kompim.tangerang", "sop.submitted", "sop-version:12", "{\"from\":\"draft\",\"to\":\"submitted\"}"))
                .hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void a_known_text_gives_its_known_sha256() {
        assertThat(AuditHash.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void texts_that_could_run_together_stay_apart() {
        assertThat(AuditHash.details(Map.of("note", "a\",\"b\":\"c")))
                .isEqualTo("{\"note\":\"a\\\",\\\"b\\\":\\\"c\"}");
        assertThat(AuditHash.details(Map.of("note", "baris 1\nbaris 2\t\\ \u0001 é ✓")))
                .isEqualTo("{\"note\":\"baris 1\\nbaris 2\\t\\\\ \\u0001 é ✓\"}");
        assertThat(AuditHash.hash("x", 1, AT, "a", "b", "c:1", "{}"))
                .isNotEqualTo(AuditHash.hash("x", 1, AT, "a", "b", "c:2", "{}"))
                .isNotEqualTo(AuditHash.hash("x", 2, AT, "a", "b", "c:1", "{}"))
                .isNotEqualTo(AuditHash.hash("y", 1, AT, "a", "b", "c:1", "{}"));
    }

    @Test
    void an_instant_is_kept_to_the_microsecond_as_the_database_keeps_it() {
        assertThat(AuditHash.stored(AT)).isEqualTo(Instant.parse("2026-11-25T03:04:05.123456Z"));
        assertThat(AuditHash.details(Map.of())).isEqualTo("{}");
    }
}
