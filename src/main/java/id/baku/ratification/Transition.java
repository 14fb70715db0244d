package id.baku.ratification;

import id.baku.design.VersionStatus;

import java.time.Instant;

/** One step in a version's history: who moved it from where to where, when, and why. */
public record Transition(long versionId, VersionStatus from, VersionStatus to, Integer reviewStage, String actor,
                         String actorName, Instant at, String note) {
}
