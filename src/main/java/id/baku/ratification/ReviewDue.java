package id.baku.ratification;

import java.time.LocalDate;

/**
 * When an SOP in force is due for its periodic review: the date it has been in force since (its
 * Tanggal Efektif, or Tanggal Pembuatan when the document printed none) plus the pemda's review period.
 */
public record ReviewDue(long sopId, long versionId, String title, String number, LocalDate inForceSince,
                        LocalDate dueOn, boolean overdue) {
}
