package id.baku.audit;

import id.baku.shared.Sha256;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of an event and its SHA-256. Written by hand rather than with a JSON library:
 * a hash stored today must be recomputed byte for byte years later, whatever a library upgrade
 * changes in its escaping or number formatting.
 */
final class AuditHash {

    /** The "previous hash" of a chain's first event. */
    static final String GENESIS = "0".repeat(64);

    /** Microseconds, as DATETIME(6) keeps them; always six digits, always UTC. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditHash() {
    }

    /** What the database keeps of an instant: a DATETIME(6) has microseconds, MySQL would round the rest. */
    static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The details as one JSON object of strings, keys sorted. */
    static String details(Map<String, String> details) {
        StringBuilder json = new StringBuilder("{");
        new TreeMap<>(details).forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key).append(':');
            string(json, value);
        });
        return json.append('}').toString();
    }

    /**
     * The text an event's hash covers: the previous hash, the sequence number, the time, actor,
     * action, subject and the details (already canonical), as one JSON object with a fixed key order.
     */
    static String canonical(String prevHash, long seq, Instant at, String actor, String action, String subject,
                            String details) {
        StringBuilder text = new StringBuilder("{\"prev\":");
        string(text, prevHash).append(",\"seq\":").append(seq).append(",\"at\":");
        string(text, AT.format(at)).append(",\"actor\":");
        string(text, actor).append(",\"action\":");
        string(text, action).append(",\"subject\":");
        string(text, subject).append(",\"details\":").append(details).append('}');
        return text.toString();
    }

    static String hash(String prevHash, long seq, Instant at, String actor, String action, String subject,
                       String details) {
        return sha256(canonical(prevHash, seq, at, actor, action, subject, details));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** A JSON string: quote, backslash and control characters escaped, everything else as is. */
    private static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
