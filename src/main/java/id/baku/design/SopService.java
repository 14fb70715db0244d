package id.baku.design;

import id.baku.design.domain.ContentJson;
import id.baku.design.domain.SopRepository;
import id.baku.design.domain.SopVersion;
import id.baku.design.domain.SopVersionRepository;
import id.baku.security.AppRoles;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.shared.BoundedCache;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.audit.Audited;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.TenantContext;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Designing SOPs: listing, reading and saving drafts of the pemda's SOP AP. */
@Service
public class SopService {

    private final SopStore store;
    private final TemplateStore templates;
    private final SopRepository sops;
    private final SopVersionRepository versions;
    private final OrganisationService organisation;
    private final LegalBasisService legalBases;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /**
     * Contents of ratified versions, which never change again (their number and date went in at ratification):
     * every step completion of a run needs its version's content, and reading and parsing it each time was a
     * tenth of a completion's work. Bounded, least recently used out first.
     */
    private final BoundedCache<RatifiedKey, SopContent> ratifiedContents = new BoundedCache<>(500);
    private static final Set<VersionStatus> RATIFIED_OR_LATER = EnumSet.of(VersionStatus.RATIFIED,
            VersionStatus.EFFECTIVE, VersionStatus.SUPERSEDED, VersionStatus.RETIRED);

    SopService(SopStore store, TemplateStore templates, SopRepository sops, SopVersionRepository versions,
               OrganisationService organisation, LegalBasisService legalBases, ApplicationEventPublisher events,
               Clock clock) {
        this.events = events;
        this.clock = clock;
        this.store = store;
        this.templates = templates;
        this.sops = sops;
        this.versions = versions;
        this.organisation = organisation;
        this.legalBases = legalBases;
    }

    /** The newest version of each SOP that matches, by Nama SOP. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SopSummary> list(SopQuery query) {
        Map<Long, String> unitNames = organisation.listUnits().stream()
                .collect(Collectors.toMap(UnitRecord::id, UnitRecord::name));
        Map<Long, Long> unitOfSop = sops.findAll().stream()
                .collect(Collectors.toMap(s -> s.getId(), s -> s.getUnitId()));
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        return versions.findLatestOfEachSop().stream()
                .filter(v -> query.unitId() == null || query.unitId().equals(unitOfSop.get(v.getSopId())))
                .filter(v -> query.status() == null || query.status() == v.getStatus())
                .filter(v -> text.isEmpty() || contains(v.getTitle(), text) || contains(v.getNumber(), text))
                .map(v -> {
                    long unitId = unitOfSop.get(v.getSopId());
                    return new SopSummary(v.getSopId(), v.getId(), unitId, unitNames.getOrDefault(unitId, ""),
                            v.getNumber(), v.getTitle(), v.getStatus(), v.getRevision(), v.getUpdatedAt());
                })
                .sorted(Comparator.comparing(SopSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The newest version of an SOP. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SopVersionRecord> latest(long sopId) {
        return versions.findFirstBySopIdOrderByRevisionDesc(sopId).map(this::record);
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SopVersionRecord> version(long versionId) {
        return versions.findById(versionId).map(this::record);
    }

    /**
     * A version's content as stored, unvalidated: for running a version already ratified, where
     * {@link #version} (which also checks the content and reads its SOP and template) on every step
     * completion would cost queries and a validation each time.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<SopContent> content(long versionId) {
        RatifiedKey key = new RatifiedKey(TenantContext.requireTenantId(), versionId);
        SopContent known = ratifiedContents.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return versions.findById(versionId).map(v -> {
            SopContent content = ContentJson.read(v.getContent());
            if (RATIFIED_OR_LATER.contains(v.getStatus())) {
                ratifiedContents.put(key, content);
            }
            return content;
        });
    }

    /** A version of a pemda: the pemda is part of the key, so a cached content is only ever its own pemda's. */
    private record RatifiedKey(long tenantId, long versionId) {
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<VersionSummary> history(long sopId) {
        return versions.findBySopIdOrderByRevisionAsc(sopId).stream().map(SopService::summary).toList();
    }

    /** The version in force of every SOP that has one, by SOP id: one query for lists of what can run. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, VersionSummary> inForce() {
        return versions.findByStatusOrderByUpdatedAtDesc(VersionStatus.EFFECTIVE).stream()
                .collect(Collectors.toMap(SopVersion::getSopId, SopService::summary, (newer, older) -> newer));
    }

    /**
     * The content of the newest version of each of these SOPs, in one query and unvalidated: for step
     * names in figures and lists, where {@link #latest} (which also checks the content) per SOP would
     * cost a query and a validation each.
     */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<Long, SopContent> contents(Collection<Long> sopIds) {
        if (sopIds.isEmpty()) {
            return Map.of();
        }
        return versions.findLatestOf(sopIds).stream()
                .collect(Collectors.toMap(SopVersion::getSopId, v -> ContentJson.read(v.getContent())));
    }

    private static VersionSummary summary(SopVersion v) {
        return new VersionSummary(v.getId(), v.getRevision(), v.getStatus(), v.getNumber(), v.getTitle(),
                v.getUpdatedAt(), v.getUpdatedBy());
    }

    /** What keeps this content from being submitted, for the designer to show while the author types. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<SopProblem> problems(Long sopId, SopContent content, Long templateVersionId) {
        return store.problems(sopId, content, templates.definition(templateVersionId));
    }

    /** The template version an SOP version follows: its form and labels (the national one when it has none). */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public TemplateDefinition template(Long templateVersionId) {
        return templates.definition(templateVersionId);
    }

    /** A new SOP of a unit, as a draft (revision 1). */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public SopVersionRecord create(long unitId, SopContent content) {
        return create(unitId, null, content);
    }

    /** A new SOP made with the newest version of a template ({@code null}: the pemda's default template). */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public SopVersionRecord create(long unitId, Long templateId, SopContent content) {
        Long templateVersion = (templateId == null ? templates.defaultVersion() : templates.latest(templateId))
                .map(v -> v.getId()).orElse(null);
        if (templateId != null && templateVersion == null) {
            throw new InvalidInputException("template", "sop.error.unknown-template");
        }
        if (content.executors().isEmpty() && templateVersion != null) {
            content = content.withSteps(defaultExecutors(templates.definition(templateVersion)), content.steps());
        }
        return createWithTemplate(unitId, templateVersion, content, "sop.created", Map.of());
    }

    /** The template's default Pelaksana columns; a label that names a jabatan of the pemda links it. */
    private List<Executor> defaultExecutors(TemplateDefinition template) {
        Map<String, Long> positions = organisation.listPositions().stream().collect(Collectors.toMap(
                p -> p.name().toLowerCase(Locale.ROOT), PositionRecord::id, (a, b) -> a));
        return template.defaultExecutors().stream()
                .map(label -> new Executor(positions.get(label.toLowerCase(Locale.ROOT)), label)).toList();
    }

    private SopVersionRecord createWithTemplate(long unitId, Long templateVersion, SopContent content, String action,
                                               Map<String, String> facts) {
        checkReferences(unitId, null, content, templateVersion);
        SopVersion created = store.create(unitId, content, VersionStatus.DRAFT, templateVersion, author());
        audit(action, created, facts);
        return record(created);
    }

    /**
     * Moves a draft to the newest version of its template. Its values stay, also those of fields
     * the new version no longer has: the designer shows them for the author to move or delete.
     */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public SopVersionRecord moveToLatestTemplate(long versionId, int expectedVersion) {
        SopVersion v = versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
        Long target = v.getTemplateVersionId() == null ? templates.defaultVersion().map(t -> t.getId()).orElse(null)
                : templates.latestOfVersion(v.getTemplateVersionId());
        if (target == null) {
            throw new InvalidInputException("sop.error.no-newer-template");
        }
        SopVersion moved = store.moveToTemplate(versionId, expectedVersion, target, author());
        audit("sop.template-changed", moved, Map.of("templateVersion", String.valueOf(target)));
        return record(moved);
    }

    /** Whether a newer version of the SOP's template exists (or, without one, a default template). */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean newerTemplate(Long templateVersionId) {
        Long latest = templateVersionId == null ? templates.defaultVersion().map(t -> t.getId()).orElse(null)
                : templates.latestOfVersion(templateVersionId);
        return latest != null && !latest.equals(templateVersionId);
    }

    /**
     * Saves a draft, whatever problems it still has. {@code expectedVersion} is the version the
     * author opened: when someone saved in between, nothing is overwritten and the author is told.
     */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public SopVersionRecord saveDraft(long versionId, int expectedVersion, long unitId, SopContent content) {
        SopVersion current = versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
        checkReferences(unitId, current.getSopId(), content, current.getTemplateVersionId());
        SopVersion saved = store.update(versionId, expectedVersion, unitId, content, author());
        audit("sop.draft-saved", saved, Map.of());
        return record(saved);
    }

    /** Deletes an SOP that was never more than a draft. */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public void deleteDraft(long sopId) {
        List<SopVersion> all = versions.findBySopIdOrderByRevisionAsc(sopId);
        if (all.isEmpty()) {
            throw new NotFoundException("SOP", sopId);
        }
        if (all.stream().anyMatch(v -> v.getStatus() != VersionStatus.DRAFT)) {
            throw new InvalidInputException("sop.error.delete-not-draft");
        }
        if (versions.findLatestOfEachSop().stream().anyMatch(v -> v.getSopId() != sopId && refersTo(v, sopId))) {
            throw new InvalidInputException("sop.error.delete-referenced");
        }
        versions.deleteAll(all);
        sops.deleteById(sopId);
        String title = all.getLast().getTitle();
        audit("sop.deleted", "sop:" + sopId, title == null || title.isBlank() ? Map.of() : Map.of("title", title));
    }

    /** The version as an SOP file (docs/sop-data.md), for the author to keep or move to another pemda. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public String exportYaml(long versionId) {
        SopVersion v = versions.findById(versionId).orElseThrow(() -> new NotFoundException("SOP version", versionId));
        long unitId = sops.findById(v.getSopId()).orElseThrow().getUnitId();
        return SopYaml.write(unitId, v.getStatus(), ContentJson.read(v.getContent()), v.getTemplateVersionId(), names());
    }

    /**
     * A new SOP from an SOP file. It always starts as a draft, whatever status the file claims:
     * only ratification makes an SOP official. A bad file stores nothing and the
     * {@link id.baku.shared.yaml.YamlDataException} names its line and field.
     */
    @RolesAllowed({AppRoles.SOP_AUTHOR, AppRoles.TENANT_ADMIN})
    @Transactional
    public SopVersionRecord importYaml(String fileName, InputStream in) {
        SopYaml.Parsed parsed = SopYaml.read(fileName, in, names());
        return createWithTemplate(parsed.unitId(), parsed.templateVersionId(), parsed.content(), "sop.imported",
                fileName == null || fileName.isBlank() ? Map.of() : Map.of("file", fileName));
    }

    private SopNames names() {
        Map<String, Long> units = organisation.listUnits().stream()
                .collect(Collectors.toMap(UnitRecord::name, UnitRecord::id, (a, b) -> a));
        Map<String, Long> positions = organisation.listPositions().stream()
                .collect(Collectors.toMap(PositionRecord::name, PositionRecord::id, (a, b) -> a));
        Map<SopNames.LegalBasisKey, Long> bases = legalBases.list().stream().collect(Collectors.toMap(
                b -> new SopNames.LegalBasisKey(b.kind().code(), b.number(), b.year()), LegalBasisRecord::id, (a, b) -> a));
        Map<String, Long> titles = versions.findLatestOfEachSop().stream().filter(v -> !v.getTitle().isBlank())
                .collect(Collectors.toMap(SopVersion::getTitle, SopVersion::getSopId, (a, b) -> a));
        return new SopNames(units, positions, bases, titles, templates.lookup());
    }

    private static boolean refersTo(SopVersion version, long sopId) {
        return ContentJson.read(version.getContent()).related().stream().anyMatch(r -> Long.valueOf(sopId).equals(r.sopId()));
    }

    /**
     * Ids from the client must belong to this pemda: unit, positions, legal bases and related
     * SOPs. Anything else is refused, not stored (the lookups are tenant-scoped, so another
     * pemda's id is simply unknown).
     */
    private void checkReferences(long unitId, Long sopId, SopContent content, Long templateVersion) {
        organisation.findUnit(unitId).orElseThrow(() -> new InvalidInputException("unit", "sop.error.unknown-unit"));
        Set<Long> positions = organisation.listPositions().stream().map(PositionRecord::id).collect(Collectors.toSet());
        for (int i = 0; i < content.executors().size(); i++) {
            Long positionId = content.executors().get(i).positionId();
            if (positionId != null && !positions.contains(positionId)) {
                throw new InvalidInputException("executor." + (i + 1), "sop.error.unknown-position");
            }
        }
        if (content.approvedBy() != null && content.approvedBy().positionId() != null
                && !positions.contains(content.approvedBy().positionId())) {
            throw new InvalidInputException("approvedBy.position", "sop.error.unknown-position");
        }
        Set<Long> bases = legalBases.list().stream().map(LegalBasisRecord::id).collect(Collectors.toSet());
        if (!bases.containsAll(content.legalBasisIds())) {
            throw new InvalidInputException("legalBases", "sop.error.unknown-legal-basis");
        }
        if (content.legalBasisIds().stream().distinct().count() != content.legalBasisIds().size()) {
            throw new InvalidInputException("legalBases", "sop.error.legal-basis-twice");
        }
        Set<Long> known = sops.findAll().stream().map(s -> s.getId()).collect(Collectors.toSet());
        for (int i = 0; i < content.related().size(); i++) {
            Long related = content.related().get(i).sopId();
            if (related != null && (!known.contains(related) || related.equals(sopId))) {
                throw new InvalidInputException("related." + (i + 1), "sop.error.unknown-related");
            }
        }
        // Custom references too: only SOPs and dasar hukum of this pemda.
        for (TemplateField f : templates.definition(templateVersion).customFields()) {
            Set<Long> allowed = f.type() == FieldType.SOP_REFERENCE ? known
                    : f.type() == FieldType.LEGAL_BASIS ? bases : null;
            if (allowed == null) {
                continue;
            }
            for (String value : content.custom().getOrDefault(f.key(), List.of())) {
                if (!value.matches("\\d{1,18}") || !allowed.contains(Long.valueOf(value))) {
                    throw new InvalidInputException("custom." + f.key(), "sop.error.unknown-reference", f.label());
                }
            }
        }
    }

    private SopVersionRecord record(SopVersion v) {
        long unitId = sops.findById(v.getSopId()).orElseThrow().getUnitId();
        SopContent content = ContentJson.read(v.getContent());
        return new SopVersionRecord(v.getId(), v.getSopId(), unitId, v.getRevision(), v.getStatus(), content,
                store.problems(v.getSopId(), content, templates.definition(v.getTemplateVersionId())), v.getVersion(),
                v.getUpdatedAt(), v.getUpdatedBy(), v.getTemplateVersionId());
    }

    private static String author() {
        return CurrentUser.get().map(BakuPrincipal::getUsername).orElse("system");
    }

    /** Into the pemda's audit trail, in this transaction, with the version's SOP, Nama SOP and revision. */
    private void audit(String action, SopVersion v, Map<String, String> facts) {
        Map<String, String> details = new HashMap<>(facts);
        details.put("sop", String.valueOf(v.getSopId()));
        details.put("revision", String.valueOf(v.getRevision()));
        if (v.getTitle() != null && !v.getTitle().isBlank()) {
            details.put("title", v.getTitle());
        }
        audit(action, "sop-version:" + v.getId(), details);
    }

    private void audit(String action, String subject, Map<String, String> details) {
        String actor = CurrentUser.get().map(BakuPrincipal::getUsername).orElse(SopSeedLoader.LOADED_BY);
        events.publishEvent(new Audited(TenantContext.requireTenantId(), clock.instant(), actor, action, subject, details));
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }
}
