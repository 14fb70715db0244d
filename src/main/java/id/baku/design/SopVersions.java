package id.baku.design;

import id.baku.design.domain.ContentJson;
import id.baku.design.domain.SopRepository;
import id.baku.design.domain.SopVersion;
import id.baku.design.domain.SopVersionRepository;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.Sha256;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the ratification module may do to SOP versions: move them through their statuses, give
 * them their number and Tanggal Efektif, start revisions. It checks the state machine's
 * preconditions; who may act is the ratification service's to check, inside whose transaction
 * this runs.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class SopVersions {

    private final SopVersionRepository versions;
    private final SopRepository sops;
    private final SopStore store;
    private final TemplateStore templates;
    private final Clock clock;

    SopVersions(SopVersionRepository versions, SopRepository sops, SopStore store, TemplateStore templates, Clock clock) {
        this.versions = versions;
        this.sops = sops;
        this.store = store;
        this.templates = templates;
        this.clock = clock;
    }

    public VersionState state(long versionId) {
        SopVersion v = find(versionId);
        SopContent content = ContentJson.read(v.getContent());
        Set<String> authors = new HashSet<>();
        if (v.getCreatedBy() != null) {
            authors.add(v.getCreatedBy());
        }
        if (v.getUpdatedBy() != null) {
            authors.add(v.getUpdatedBy());
        }
        int problems = store.problems(v.getSopId(), content, templates.definition(v.getTemplateVersionId())).size();
        return new VersionState(v.getId(), v.getSopId(), sops.findById(v.getSopId()).orElseThrow().getUnitId(),
                v.getRevision(), v.getStatus(), v.getNumber(), v.getTitle(), content.createdOn(), content.effectiveOn(),
                authors, problems, v.getVersion());
    }

    /** Moves a version from one status to another; refused when it is no longer in {@code from}. */
    public void move(long versionId, int expectedVersion, VersionStatus from, VersionStatus to) {
        SopVersion v = find(versionId);
        Checks.sameVersion(expectedVersion, v.getVersion());
        if (v.getStatus() != from) {
            throw new InvalidInputException("ratification.error.status-changed");
        }
        v.setStatus(to);
        versions.saveAndFlush(v);
    }

    /**
     * Ratifies a reviewed version: its Nomor SOP and Tanggal Efektif go into its content, which
     * is then immutable; it is effective at once when that date has come, otherwise ratified
     * until then. Returns the SHA-256 of the content as signed.
     */
    public String ratify(long versionId, int expectedVersion, String number, LocalDate effectiveOn, String by) {
        SopVersion v = find(versionId);
        Checks.sameVersion(expectedVersion, v.getVersion());
        if (v.getStatus() != VersionStatus.REVIEWED) {
            throw new InvalidInputException("ratification.error.status-changed");
        }
        SopContent c = ContentJson.read(v.getContent());
        SopContent ratified = new SopContent(number, c.createdOn(), c.revisedOn(), effectiveOn, c.approvedBy(),
                c.title(), c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(), c.warnings(),
                c.recordKeeping(), c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(),
                c.custom()).normalized();
        String json = ContentJson.write(ratified);
        v.setContent(json, number, v.getTitle(), clock.instant(), by);
        v.setStatus(VersionStatus.RATIFIED);
        versions.saveAndFlush(v);
        return sha256(json);
    }

    /** The SHA-256 of a version's content as stored: compared with the signature's to detect any change. */
    public String contentHash(long versionId) {
        return sha256(find(versionId).getContent());
    }

    /** The version of the SOP in force, if any. */
    public Optional<VersionState> effective(long sopId) {
        return versions.findBySopIdOrderByRevisionAsc(sopId).stream()
                .filter(v -> v.getStatus() == VersionStatus.EFFECTIVE).findFirst().map(v -> state(v.getId()));
    }

    /** Versions in a status, newest first: for work lists and the effective-date job. */
    public List<VersionState> inStatus(VersionStatus status) {
        return versions.findByStatusOrderByUpdatedAtDesc(status).stream().map(v -> state(v.getId())).toList();
    }

    /** Whether another SOP of the pemda carries this Nomor SOP. */
    public boolean numberTaken(String number, long sopId) {
        return versions.numberUsedByAnotherSop(number, sopId);
    }

    /**
     * "Revisi": a new draft revision copying the version in force, with Tanggal Revisi today;
     * the version in force stays so until the revision is ratified.
     */
    public long revise(long sopId, String by) {
        List<SopVersion> all = versions.findBySopIdOrderByRevisionAsc(sopId);
        if (all.isEmpty()) {
            throw new NotFoundException("SOP", sopId);
        }
        if (all.stream().anyMatch(v -> v.getStatus() != VersionStatus.EFFECTIVE && v.getStatus() != VersionStatus.SUPERSEDED
                && v.getStatus() != VersionStatus.RETIRED)) {
            throw new InvalidInputException("ratification.error.revision-open");
        }
        SopVersion current = all.stream().filter(v -> v.getStatus() == VersionStatus.EFFECTIVE).findFirst()
                .orElseThrow(() -> new InvalidInputException("ratification.error.not-effective"));
        SopContent c = ContentJson.read(current.getContent());
        SopContent draft = new SopContent(c.number(), c.createdOn(), LocalDate.now(clock), null, c.approvedBy(),
                c.title(), c.legalBasisIds(), c.qualifications(), c.related(), c.equipment(), c.warnings(),
                c.recordKeeping(), c.summary(), c.purposes(), c.definitions(), c.executors(), c.steps(), c.scope(),
                c.custom());
        SopVersion revision = new SopVersion(sopId, all.getLast().getRevision() + 1, VersionStatus.DRAFT,
                clock.instant(), by);
        revision.setTemplateVersionId(current.getTemplateVersionId());
        revision.setContent(ContentJson.write(draft.normalized()), c.number(), current.getTitle(), clock.instant(), by);
        return versions.saveAndFlush(revision).getId();
    }

    private SopVersion find(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
