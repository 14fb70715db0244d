package id.baku.ratification;

import id.baku.design.VersionStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a printed sheet may learn about its version: whether it is ratified, by
 * whom, in force since when, and whether a newer revision or a retirement ended it.
 *
 * @param signature  present once ratified
 * @param successor  the revision in force now, when it is another one than this
 * @param retiredAt  when the SOP was retired (dicabut), if it was
 */
public record PublicVersion(long versionId, long sopId, int revision, VersionStatus status, String number,
                            String title, LocalDate effectiveOn, Signature signature, Successor successor,
                            Instant retiredAt) {

    public record Successor(long versionId, int revision, String number, LocalDate effectiveOn) {
    }
}
