package id.baku.design;

import id.baku.design.domain.ContentJson;
import id.baku.design.domain.Sop;
import id.baku.design.domain.SopRepository;
import id.baku.design.domain.SopVersion;
import id.baku.design.domain.SopVersionRepository;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Storage of SOPs and their versions, without access checks: {@link SopService} checks who may do
 * what, and the start-up loader stores the sample SOPs through it before anyone signs in.
 * Callers run inside a transaction bound to a pemda.
 */
@Component
class SopStore {

    /** Hard limits that keep one document reasonable; the softer rules are {@link SopValidator}'s. */
    static final int MAX_STEPS = 200;
    static final int MAX_EXECUTORS = 20;
    static final int MAX_LIST_ITEMS = 100;

    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final Clock clock;

    SopStore(SopRepository sops, SopVersionRepository versions, Clock clock) {
        this.sops = sops;
        this.versions = versions;
        this.clock = clock;
    }

    SopVersion create(long unitId, SopContent given, VersionStatus status, Long templateVersionId, String by) {
        SopContent content = given.normalized();
        checkShape(content);
        Sop sop = sops.save(new Sop(unitId, clock.instant()));
        SopVersion version = new SopVersion(sop.getId(), 1, status, clock.instant(), by);
        version.setTemplateVersionId(templateVersionId);
        write(version, content, by);
        return versions.saveAndFlush(version);
    }

    SopVersion update(long versionId, int expectedVersion, long unitId, SopContent given, String by) {
        SopContent content = given.normalized();
        checkShape(content);
        SopVersion version = versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
        Checks.sameVersion(expectedVersion, version.getVersion());
        if (!version.getStatus().editable()) {
            throw new InvalidInputException("sop.error.not-editable");
        }
        Sop sop = sops.findById(version.getSopId()).orElseThrow();
        sop.setUnitId(unitId);
        write(version, content, by);
        return versions.saveAndFlush(version);
    }

    /** Replaces what a version says, whatever its status: only for loading data that links SOPs to each other. */
    void replaceContent(SopVersion version, SopContent content, String by) {
        write(version, content.normalized(), by);
        versions.saveAndFlush(version);
    }

    /** Moves a draft to another version of its template (or another template); its values stay. */
    SopVersion moveToTemplate(long versionId, int expectedVersion, long templateVersionId, String by) {
        SopVersion version = versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
        Checks.sameVersion(expectedVersion, version.getVersion());
        if (!version.getStatus().editable()) {
            throw new InvalidInputException("sop.error.not-editable");
        }
        version.setTemplateVersionId(templateVersionId);
        version.setContent(version.getContent(), version.getNumber(), version.getTitle(), clock.instant(), by);
        return versions.saveAndFlush(version);
    }

    List<SopProblem> problems(Long sopId, SopContent content, TemplateDefinition template) {
        List<SopProblem> problems = new ArrayList<>(SopValidator.check(content, template));
        String number = content.number() == null ? null : content.number().strip();
        if (number != null && !number.isEmpty() && versions.numberUsedByAnotherSop(number, sopId == null ? 0L : sopId)) {
            problems.add(SopProblem.of("number", "sop.problem.number-taken", number));
        }
        return problems;
    }

    private void write(SopVersion version, SopContent content, String by) {
        String number = content.number() == null || content.number().isBlank() ? null : content.number().strip();
        String title = content.title() == null ? "" : content.title().strip();
        version.setContent(ContentJson.write(content), number, title, clock.instant(), by);
    }

    /**
     * What the database cannot hold is refused outright (a draft may break every other rule):
     * the columns copied out of the document and a bound on its size.
     */
    private static void checkShape(SopContent content) {
        Checks.optional("title", content.title(), SopValidator.TITLE_MAX);
        Checks.optional("number", content.number(), SopValidator.NUMBER_MAX);
        if (content.steps().size() > MAX_STEPS) {
            throw new InvalidInputException("steps", "sop.error.too-many-steps", MAX_STEPS);
        }
        if (content.executors().size() > MAX_EXECUTORS) {
            throw new InvalidInputException("executors", "sop.error.too-many-executors", MAX_EXECUTORS);
        }
        for (List<?> list : List.of(content.legalBasisIds(), content.qualifications(), content.related(),
                content.equipment(), content.warnings(), content.recordKeeping(), content.purposes(),
                content.definitions())) {
            if (list.size() > MAX_LIST_ITEMS) {
                throw new InvalidInputException("sop.error.too-many-items", MAX_LIST_ITEMS);
            }
        }
        for (int i = 0; i < content.steps().size(); i++) {
            if (content.steps().get(i).standard().minutes() < 0) {
                throw new InvalidInputException("steps", "sop.problem.step-time", i + 1);
            }
        }
    }
}
