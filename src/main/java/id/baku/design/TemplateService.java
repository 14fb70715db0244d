package id.baku.design;

import id.baku.design.domain.ContentJson;
import id.baku.design.domain.SopTemplate;
import id.baku.design.domain.SopTemplateRepository;
import id.baku.design.domain.SopTemplateVersion;
import id.baku.design.domain.SopTemplateVersionRepository;
import id.baku.design.domain.SopVersionRepository;
import id.baku.security.AppRoles;
import id.baku.security.BakuPrincipal;
import id.baku.security.CurrentUser;
import id.baku.shared.Checks;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import id.baku.shared.audit.Audited;
import id.baku.tenant.TenantContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pemda's SOP templates. A change never alters a stored version: it adds a new one, and SOPs
 * keep the version they were made with until an author moves them.
 */
@Service
public class TemplateService {

    private final TemplateStore store;
    private final SopTemplateRepository templates;
    private final SopTemplateVersionRepository versions;
    private final SopVersionRepository sopVersions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateService(TemplateStore store, SopTemplateRepository templates, SopTemplateVersionRepository versions,
                    SopVersionRepository sopVersions, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.store = store;
        this.templates = templates;
        this.versions = versions;
        this.sopVersions = sopVersions;
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<TemplateSummary> list() {
        return store.all().stream().map(t -> {
            SopTemplateVersion latest = store.latest(t.getId()).orElseThrow();
            TemplateDefinition d = ContentJson.readTemplate(latest.getDefinition());
            return new TemplateSummary(t.getId(), latest.getId(), latest.getRevision(), d.name(), d.description(),
                    t.isDefaultTemplate(), versions.countSopVersions(t.getId()));
        }).toList();
    }

    /** The newest version of a template. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<TemplateVersionRecord> latest(long templateId) {
        return store.latest(templateId).map(this::record);
    }

    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<TemplateVersionRecord> version(long versionId) {
        return versions.findById(versionId).map(this::record);
    }

    /** What a template must fix before it can be saved, for the builder to show while the admin works. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    public List<SopProblem> problems(TemplateDefinition definition) {
        return TemplateRules.check(Templates.normalized(definition));
    }

    /** A new template; the first one of a pemda becomes its default. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public TemplateVersionRecord create(TemplateDefinition definition) {
        return create(definition, "template.created");
    }

    private TemplateVersionRecord create(TemplateDefinition definition, String action) {
        boolean first = templates.count() == 0;
        SopTemplateVersion created = store.create(definition, first, author());
        audit(action, created);
        return record(created);
    }

    /**
     * Saves a change as a new version. {@code expectedRevision} is the revision the admin opened.
     * A custom field may not disappear while a ratified or effective SOP holds a value in it: the
     * admin hides it for new SOPs instead.
     */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public TemplateVersionRecord save(long templateId, int expectedRevision, TemplateDefinition definition) {
        SopTemplateVersion latest = store.latest(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
        Checks.sameVersion(expectedRevision, latest.getRevision());
        Set<String> kept = definition.fields().stream().map(TemplateField::key).collect(Collectors.toSet());
        List<String> removed = ContentJson.readTemplate(latest.getDefinition()).customFields().stream()
                .map(TemplateField::key).filter(key -> !kept.contains(key)).toList();
        if (!removed.isEmpty()) {
            Set<Long> templateVersionIds = versions.findByTemplateIdOrderByRevisionAsc(templateId).stream()
                    .map(SopTemplateVersion::getId).collect(Collectors.toSet());
            for (var sop : sopVersions.findByTemplateVersionIdIn(templateVersionIds)) {
                if (sop.getStatus() == VersionStatus.DRAFT) {
                    continue;
                }
                var custom = ContentJson.read(sop.getContent()).custom();
                for (String key : removed) {
                    if (custom.containsKey(key)) {
                        throw new InvalidInputException("fields", "template.error.field-in-use", key, sop.getTitle());
                    }
                }
            }
        }
        SopTemplateVersion saved = store.addVersion(templateId, definition, author());
        if (!saved.getId().equals(latest.getId())) {
            audit("template.saved", saved);
        }
        return record(saved);
    }

    /** New SOPs get this template unless the author picks another. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void makeDefault(long templateId) {
        SopTemplate chosen = templates.findById(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
        templates.findAll().forEach(t -> t.setDefaultTemplate(t.getId().equals(chosen.getId())));
        audit("template.made-default", "template:" + templateId, Map.of("name", chosen.getName()));
    }

    /** Deletes a template no SOP was ever made with, unless it is the default. */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public void delete(long templateId) {
        SopTemplate template = templates.findById(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
        if (template.isDefaultTemplate()) {
            throw new InvalidInputException("template.error.delete-default");
        }
        if (versions.countSopVersions(templateId) > 0) {
            throw new InvalidInputException("template.error.delete-used");
        }
        versions.deleteAll(versions.findByTemplateIdOrderByRevisionAsc(templateId));
        templates.delete(template);
        audit("template.deleted", "template:" + templateId, Map.of("name", template.getName()));
    }

    /** The newest version as a template file (docs/template-data.md), to share with another pemda. */
    @PreAuthorize(AppRoles.SIGNED_IN)
    @Transactional(readOnly = true)
    public String exportYaml(long templateId) {
        SopTemplateVersion latest = store.latest(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
        return TemplateYaml.write(ContentJson.readTemplate(latest.getDefinition()));
    }

    /**
     * A new template from a template file. A malformed file stores nothing and the
     * {@link id.baku.shared.yaml.YamlDataException} names its line and field; a broken rule or a
     * name already in use is an {@link InvalidInputException}.
     */
    @RolesAllowed(AppRoles.TENANT_ADMIN)
    @Transactional
    public TemplateVersionRecord importYaml(String fileName, java.io.InputStream in) {
        return create(TemplateYaml.read(fileName, in), "template.imported");
    }

    private TemplateVersionRecord record(SopTemplateVersion v) {
        SopTemplate template = templates.findById(v.getTemplateId()).orElseThrow();
        int newest = store.latest(v.getTemplateId()).map(SopTemplateVersion::getRevision).orElse(v.getRevision());
        return new TemplateVersionRecord(v.getTemplateId(), v.getId(), v.getRevision(),
                ContentJson.readTemplate(v.getDefinition()), template.isDefaultTemplate(), v.getRevision() == newest);
    }

    private static String author() {
        return CurrentUser.get().map(BakuPrincipal::getUsername).orElse("system");
    }

    private void audit(String action, SopTemplateVersion v) {
        audit(action, "template-version:" + v.getId(), Map.of("template", String.valueOf(v.getTemplateId()),
                "revision", String.valueOf(v.getRevision()), "name", ContentJson.readTemplate(v.getDefinition()).name()));
    }

    /** Into the pemda's audit trail, in this transaction. */
    private void audit(String action, String subject, Map<String, String> details) {
        String actor = CurrentUser.get().map(BakuPrincipal::getUsername).orElse(SopSeedLoader.LOADED_BY);
        events.publishEvent(new Audited(TenantContext.requireTenantId(), clock.instant(), actor, action, subject, details));
    }
}
