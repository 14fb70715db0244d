package id.baku.design;

import java.time.Instant;
import java.util.List;

/**
 * One version of an SOP as the designer and the API see it. {@code problems} are what keeps it
 * from being submitted; {@code version} is the optimistic-lock counter to send back on save;
 * {@code templateVersionId} is the template version it follows (null: the national template).
 */
public record SopVersionRecord(long versionId, long sopId, long unitId, int revision, VersionStatus status,
                               SopContent content, List<SopProblem> problems, int version, Instant updatedAt,
                               String updatedBy, Long templateVersionId) {

    public SopVersionRecord {
        problems = List.copyOf(problems);
    }

    public boolean editable() {
        return status.editable();
    }
}
