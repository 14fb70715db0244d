package id.baku.design;

import id.baku.design.domain.ContentJson;
import id.baku.design.domain.SopTemplate;
import id.baku.design.domain.SopTemplateRepository;
import id.baku.design.domain.SopTemplateVersion;
import id.baku.design.domain.SopTemplateVersionRepository;
import id.baku.shared.InvalidInputException;
import id.baku.shared.NotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Storage of templates without access checks: {@link TemplateService} checks who may do what; the
 * loaders of new pemda and of the sample data store through it directly. Callers run inside a
 * transaction bound to a pemda.
 */
@Component
class TemplateStore {

    private final SopTemplateRepository templates;
    private final SopTemplateVersionRepository versions;
    private final Clock clock;

    TemplateStore(SopTemplateRepository templates, SopTemplateVersionRepository versions, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.clock = clock;
    }

    /** A new template with its first version; refused when its rules are broken or its name is taken. */
    SopTemplateVersion create(TemplateDefinition definition, boolean makeDefault, String by) {
        TemplateDefinition clean = checked(definition);
        if (templates.existsByNameAndIdNot(clean.name(), 0L)) {
            throw new InvalidInputException("name", "template.error.name-taken", clean.name());
        }
        if (makeDefault) {
            templates.findFirstByDefaultTemplateTrue().ifPresent(t -> t.setDefaultTemplate(false));
        }
        SopTemplate template = templates.save(new SopTemplate(clean.name(), makeDefault, clock.instant()));
        return versions.saveAndFlush(new SopTemplateVersion(template.getId(), 1, ContentJson.writeTemplate(clean),
                clock.instant(), by));
    }

    /** A new version of the template, unless nothing changed. */
    SopTemplateVersion addVersion(long templateId, TemplateDefinition definition, String by) {
        TemplateDefinition clean = checked(definition);
        SopTemplate template = templates.findById(templateId).orElseThrow(() -> new NotFoundException("template", templateId));
        if (templates.existsByNameAndIdNot(clean.name(), templateId)) {
            throw new InvalidInputException("name", "template.error.name-taken", clean.name());
        }
        SopTemplateVersion latest = latest(templateId).orElseThrow();
        if (ContentJson.readTemplate(latest.getDefinition()).equals(clean)) {
            return latest;
        }
        template.setName(clean.name());
        return versions.saveAndFlush(new SopTemplateVersion(templateId, latest.getRevision() + 1,
                ContentJson.writeTemplate(clean), clock.instant(), by));
    }

    /** The newest version of the template that the given version belongs to. */
    Long latestOfVersion(long templateVersionId) {
        return versions.findById(templateVersionId).flatMap(v -> latest(v.getTemplateId())).map(SopTemplateVersion::getId)
                .orElse(null);
    }

    Optional<SopTemplateVersion> latest(long templateId) {
        return versions.findFirstByTemplateIdOrderByRevisionDesc(templateId);
    }

    /** The version a new SOP gets: the pemda's default template's newest, if it has one. */
    Optional<SopTemplateVersion> defaultVersion() {
        return templates.findFirstByDefaultTemplateTrue().flatMap(t -> latest(t.getId()));
    }

    /** The definition of a template version; the national one for SOPs without a template. */
    TemplateDefinition definition(Long versionId) {
        if (versionId == null) {
            return TemplateDefinition.national();
        }
        return versions.findById(versionId).map(v -> ContentJson.readTemplate(v.getDefinition()))
                .orElseThrow(() -> new NotFoundException("template version", versionId));
    }

    /** Every template version of the pemda, for reading and writing SOP files. */
    SopNames.Templates lookup() {
        java.util.Map<String, Long> latestByName = new java.util.HashMap<>();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.Map<Long, TemplateDefinition> definitions = new java.util.HashMap<>();
        for (SopTemplate t : templates.findAll()) {
            for (SopTemplateVersion v : versions.findByTemplateIdOrderByRevisionAsc(t.getId())) {
                names.put(v.getId(), t.getName());
                definitions.put(v.getId(), ContentJson.readTemplate(v.getDefinition()));
                latestByName.put(t.getName(), v.getId());
            }
        }
        return new SopNames.Templates(latestByName, names, definitions, defaultVersion().map(SopTemplateVersion::getId).orElse(null));
    }

    List<SopTemplate> all() {
        return templates.findAllByOrderByNameAsc();
    }

    private static TemplateDefinition checked(TemplateDefinition definition) {
        TemplateDefinition clean = Templates.normalized(definition);
        List<SopProblem> problems = TemplateRules.check(clean);
        if (!problems.isEmpty()) {
            SopProblem first = problems.getFirst();
            throw new InvalidInputException(first.field(), first.key(), first.argsArray());
        }
        return clean;
    }
}
