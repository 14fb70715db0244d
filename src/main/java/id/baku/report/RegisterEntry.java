package id.baku.report;

import java.time.LocalDate;

/** One line of a unit's Daftar SOP: an SOP in force. {@code revision} counts revisions, 0 for the first issue. */
public record RegisterEntry(long sopId, String number, String title, LocalDate effectiveOn, int revision) {
}
