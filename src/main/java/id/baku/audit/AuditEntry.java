package id.baku.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event of the pemda's audit trail, as the Jejak Audit view shows it.
 *
 * @param details the facts recorded with it, keys sorted; when the stored text is no longer JSON
 *                (edited behind Baku's back) the whole text under the key "?"
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject,
                         Map<String, String> details) {

    public AuditEntry {
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }
}
