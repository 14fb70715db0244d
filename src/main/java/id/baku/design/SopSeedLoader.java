package id.baku.design;

import id.baku.design.SopNames.LegalBasisKey;
import id.baku.design.domain.SopVersion;
import id.baku.shared.yaml.YamlDataException;
import id.baku.shared.yaml.YamlMap;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.TenantData;
import id.baku.tenant.TenantDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a pemda's templates and SOPs with the pemda: {@code templates/*.yaml} (or the national
 * template) and {@code sops/*.yaml}. Keterkaitan may name an SOP of
 * another file, so titles are read first and links are resolved to stand-in ids (negative), then
 * replaced by the stored ids once every file is in.
 */
@Component
@org.springframework.core.annotation.Order(10)
class SopSeedLoader implements TenantDataContributor {

    private static final Logger log = LoggerFactory.getLogger(SopSeedLoader.class);
    static final String LOADED_BY = "baku";

    private final SopStore store;
    private final TemplateStore templates;

    SopSeedLoader(SopStore store, TemplateStore templates) {
        this.store = store;
        this.templates = templates;
    }

    @Override
    public void load(TenantData data) {
        loadTemplates(data);
        List<Resource> files = data.files("sops/*.yaml");
        if (files.isEmpty()) {
            return;
        }
        // Each file is parsed once; titles first, so that Keterkaitan can name an SOP of a later file.
        List<YamlMap> maps = files.stream().map(f -> YamlMap.parse(name(data, f), open(data, f))).toList();
        Map<String, Long> standIns = new HashMap<>();
        for (int i = 0; i < maps.size(); i++) {
            String title = maps.get(i).requiredString("title");
            if (standIns.put(title, -(i + 1L)) != null) {
                throw new YamlDataException(maps.get(i).file(), 0, "title", "sop-data.title-twice", title);
            }
        }
        Map<LegalBasisKey, Long> bases = new HashMap<>();
        for (LegalBasisRecord b : data.legalBases()) {
            bases.put(new LegalBasisKey(b.kind().code(), b.number(), b.year()), b.id());
        }
        SopNames names = new SopNames(data.unitIds(), data.positionIds(), bases, standIns, templates.lookup());
        List<SopVersion> stored = new ArrayList<>();
        List<SopContent> contents = new ArrayList<>();
        for (YamlMap map : maps) {
            SopYaml.Parsed parsed = SopYaml.read(map, names);
            stored.add(store.create(parsed.unitId(), parsed.content(), parsed.status(), parsed.templateVersionId(),
                    LOADED_BY));
            contents.add(parsed.content());
        }
        for (int i = 0; i < stored.size(); i++) {
            SopContent content = contents.get(i);
            if (content.related().stream().anyMatch(r -> r.sopId() != null)) {
                List<RelatedSop> related = content.related().stream()
                        .map(r -> r.sopId() == null ? r : new RelatedSop(stored.get((int) (-r.sopId() - 1)).getSopId(), null))
                        .toList();
                store.replaceContent(stored.get(i), content.withRelated(related), LOADED_BY);
            }
        }
        log.info("Loaded {} SOPs of {}", stored.size(), data.code());
    }

    /**
     * The pemda's templates from {@code templates/*.yaml}; the first file (by name) is the default.
     * A pemda without any gets the national template, as every new pemda does.
     */
    private void loadTemplates(TenantData data) {
        List<Resource> files = data.files("templates/*.yaml");
        if (files.isEmpty()) {
            templates.create(TemplateDefinition.national(), true, LOADED_BY);
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            String file = data.code() + "/templates/" + files.get(i).getFilename();
            templates.create(TemplateYaml.read(file, open(data, files.get(i))), i == 0, LOADED_BY);
        }
    }

    private static String name(TenantData data, Resource file) {
        return data.code() + "/sops/" + file.getFilename();
    }

    private static InputStream open(TenantData data, Resource file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new YamlDataException(name(data, file), 0, null, "yaml.unreadable", e.getMessage());
        }
    }
}
