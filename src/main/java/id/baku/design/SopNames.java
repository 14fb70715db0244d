package id.baku.design;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names an SOP file uses for things of its pemda, and their ids: units and positions by name,
 * legal bases by kind, number and year, other SOPs by title. Names match ignoring case; exports
 * write them as the pemda spells them.
 */
final class SopNames {

    /** How an SOP file cites a dasar hukum: {@code {kind: permen, number: "35", year: 2012}}. */
    record LegalBasisKey(String kind, String number, int year) {
        LegalBasisKey {
            kind = kind.toLowerCase(Locale.ROOT);
            number = number.strip();
        }
    }

    private final Names units;
    private final Names positions;
    private final Map<LegalBasisKey, Long> legalBases;
    private final Map<Long, LegalBasisKey> legalBasisKeys = new HashMap<>();
    private final Names sops;
    private final Templates templates;

    /**
     * The pemda's templates as SOP files name them: the newest version of each by name, the name of
     * every version, each version's definition, and the version new SOPs get (null: the national one).
     */
    record Templates(Map<String, Long> latestByName, Map<Long, String> nameOfVersion,
                     Map<Long, TemplateDefinition> definitions, Long defaultVersion) {

        static Templates none() {
            return new Templates(Map.of(), Map.of(), Map.of(), null);
        }

        TemplateDefinition definition(Long versionId) {
            return versionId == null ? TemplateDefinition.national()
                    : definitions.getOrDefault(versionId, TemplateDefinition.national());
        }
    }

    SopNames(Map<String, Long> units, Map<String, Long> positions, Map<LegalBasisKey, Long> legalBases,
             Map<String, Long> sops) {
        this(units, positions, legalBases, sops, Templates.none());
    }

    SopNames(Map<String, Long> units, Map<String, Long> positions, Map<LegalBasisKey, Long> legalBases,
             Map<String, Long> sops, Templates templates) {
        this.units = new Names(units);
        this.positions = new Names(positions);
        this.legalBases = Map.copyOf(legalBases);
        legalBases.forEach((key, id) -> legalBasisKeys.put(id, key));
        this.sops = new Names(sops);
        this.templates = templates;
    }

    Templates templates() {
        return templates;
    }

    Optional<Long> unit(String name) {
        return units.id(name);
    }

    Optional<Long> position(String name) {
        return positions.id(name);
    }

    Optional<Long> legalBasis(LegalBasisKey key) {
        return Optional.ofNullable(legalBases.get(key));
    }

    Optional<Long> sop(String title) {
        return sops.id(title);
    }

    String unitName(long id) {
        return units.name(id);
    }

    String positionName(long id) {
        return positions.name(id);
    }

    LegalBasisKey legalBasisKey(long id) {
        LegalBasisKey key = legalBasisKeys.get(id);
        if (key == null) {
            throw new IllegalArgumentException("Unknown legal basis " + id);
        }
        return key;
    }

    String sopTitle(long id) {
        return sops.name(id);
    }

    private static final class Names {
        private final Map<String, Long> ids = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();

        Names(Map<String, Long> byName) {
            byName.forEach((name, id) -> {
                ids.put(key(name), id);
                names.put(id, name);
            });
        }

        Optional<Long> id(String name) {
            return Optional.ofNullable(ids.get(key(name)));
        }

        String name(long id) {
            String name = names.get(id);
            if (name == null) {
                throw new IllegalArgumentException("Unknown id " + id);
            }
            return name;
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}
