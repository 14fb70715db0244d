package id.baku.design;

import java.time.Instant;

/** One SOP in a list: its newest version. */
public record SopSummary(long sopId, long versionId, long unitId, String unitName, String number, String title,
                         VersionStatus status, int revision, Instant updatedAt) {
}
