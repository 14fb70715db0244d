package id.baku.audit.domain;

/** A sequence number and the hash of the event there, as read from the database. */
public record ChainPosition(long seq, String hash) {
}
