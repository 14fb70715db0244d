package id.baku.design;

import java.time.Instant;

/** One line of an SOP's version history. */
public record VersionSummary(long versionId, int revision, VersionStatus status, String number, String title,
                             Instant updatedAt, String updatedBy) {
}
