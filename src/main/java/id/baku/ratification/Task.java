package id.baku.ratification;

import java.time.Instant;

/** Something waiting for the signed-in user: a review, a signature, or a draft returned to its author. */
public record Task(Kind kind, long sopId, long versionId, String title, String number, Instant since, String note) {

    public enum Kind {
        REVIEW, SIGN, RETURNED;

        public String labelKey() {
            return "ratification.task." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
