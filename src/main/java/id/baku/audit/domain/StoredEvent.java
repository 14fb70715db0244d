package id.baku.audit.domain;

import java.time.Instant;

/** An event's columns as stored, for the verifier to recompute its hash. */
public record StoredEvent(long seq, Instant at, String actor, String action, String subject, String details,
                          String prevHash, String hash) {
}
