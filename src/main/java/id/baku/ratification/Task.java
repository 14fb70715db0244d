package id.baku.ratification;

import java.time.Instant;

/**
 * Something waiting for the signed-in user: a review, a signature, a draft returned to its author,
 * or an SOP in force whose periodic review is overdue ({@code since} is then the due date).
 */
public record Task(Kind kind, long sopId, long versionId, String title, String number, Instant since, String note) {

    public enum Kind {
        REVIEW, SIGN, RETURNED, PERIODIC_REVIEW;

        public String labelKey() {
            return "ratification.task." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
