package id.baku.design;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a version stands, as the ratification module needs it: who wrote it (an author may not
 * review or sign their own), its Nomor SOP and Tanggal Efektif, and how many problems keep it
 * from being submitted.
 */
public record VersionState(long versionId, long sopId, long unitId, int revision, VersionStatus status, String number,
                           String title, LocalDate createdOn, LocalDate effectiveOn, Set<String> authors, int problems,
                           int version) {
}
