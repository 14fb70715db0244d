package id.baku.audit;

import java.util.Locale;

/** Why a pemda's audit chain is not intact, at the first event where it breaks. */
public enum ChainBreak {
    /** The event's columns no longer give its stored hash: it was changed after it was written. */
    EDITED("the event was changed after it was written"),
    /**
     * The event does not follow the one before it (its previous hash differs), or it lies beyond the
     * end the chain head records: an event was put in by hand, moved, or replaced by one made to
     * look right (then the event after it no longer follows).
     */
    INSERTED("an event was inserted, moved or replaced here"),
    /** A sequence number is missing: the event there was deleted (the last one too, which the head records). */
    MISSING("an event was deleted"),
    /** The chain ends where the head says, but not with the hash the head records. */
    HEAD_MISMATCH("the chain head does not match the last event");

    private final String description;

    ChainBreak(String description) {
        this.description = description;
    }

    /** In English, for the command's output and logs. */
    public String description() {
        return description;
    }

    public String labelKey() {
        return "audit.break." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
