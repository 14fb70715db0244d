package id.baku.ratification;

import id.baku.design.VersionStatus;

import java.util.Set;

/**
 * A step an SOP version took, published after it is stored so that notices go out once it is
 * committed. {@code authors} are the usernames who wrote the version.
 */
record LifecycleStep(long sopId, long versionId, String title, long unitId, VersionStatus to, int stage,
                     Set<String> authors, String note) {
}
