package id.baku.design;

import id.baku.design.SopNames.LegalBasisKey;
import id.baku.shared.Nip;
import id.baku.shared.yaml.YamlMap;
import id.baku.shared.yaml.YamlWriter;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SOP file format of {@code docs/sop-data.md}: what the designer exports and imports and what
 * the sample pemda ship. Reading checks every name against the pemda and fails on the first
 * problem with its line and field; writing then reading gives the same content.
 */
final class SopYaml {

    /** A parsed file: the unit the SOP belongs to, the status it claims and what it says. */
    record Parsed(long unitId, VersionStatus status, SopContent content, Long templateVersionId) {
    }

    private static final Pattern TIME = Pattern.compile("(\\d{1,6})\\s*(menit|jam|hari)", Pattern.CASE_INSENSITIVE);
    private static final String[] STATUSES = Arrays.stream(VersionStatus.values()).map(VersionStatus::code)
            .toArray(String[]::new);

    private SopYaml() {
    }

    static Parsed read(String file, InputStream in, SopNames names) {
        return read(YamlMap.parse(file, in), names);
    }

    static Parsed read(YamlMap y, SopNames names) {
        y.allowOnly("template", "unit", "status", "number", "createdOn", "revisedOn", "effectiveOn", "approvedBy",
                "title", "legalBases", "qualifications", "related", "equipment", "warnings", "recordKeeping", "summary",
                "purposes", "definitions", "scope", "custom", "executors", "steps");
        Long templateVersion = names.templates().defaultVersion();
        Optional<String> templateName = y.optionalString("template");
        if (templateName.isPresent()) {
            templateVersion = names.templates().latestByName().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(templateName.get())).map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> y.error("template", "sop-data.unknown-template", templateName.get()));
        }
        TemplateDefinition template = names.templates().definition(templateVersion);
        String unitName = y.requiredString("unit");
        long unitId = names.unit(unitName).orElseThrow(() -> y.error("unit", "sop-data.unknown-unit", unitName));
        VersionStatus status = y.has("status")
                ? y.requiredEnum("status", SopYaml::status, STATUSES) : VersionStatus.DRAFT;
        Signer signer = y.optionalMap("approvedBy").map(s -> signer(s, names)).orElse(null);
        List<Long> bases = new ArrayList<>();
        for (YamlMap b : y.optionalMaps("legalBases")) {
            b.allowOnly("kind", "number", "year");
            LegalBasisKey key = new LegalBasisKey(b.requiredString("kind"), b.requiredString("number"), b.requiredInt("year"));
            Long id = names.legalBasis(key).orElseThrow(() -> b.error("number", "sop-data.unknown-legal-basis",
                    key.kind(), key.number(), key.year()));
            if (bases.contains(id)) {
                throw b.error("number", "sop-data.legal-basis-twice");
            }
            bases.add(id);
        }
        List<RelatedSop> related = new ArrayList<>();
        for (YamlMap r : y.optionalMaps("related")) {
            r.allowOnly("sop", "text");
            Optional<String> title = r.optionalString("sop");
            if (title.isPresent()) {
                related.add(new RelatedSop(names.sop(title.get())
                        .orElseThrow(() -> r.error("sop", "sop-data.unknown-sop", title.get())), null));
            } else {
                related.add(new RelatedSop(null, r.requiredString("text")));
            }
        }
        List<Executor> executors = new ArrayList<>();
        for (YamlMap e : y.optionalMaps("executors")) {
            executors.add(executor(e, names));
        }
        List<YamlMap> stepMaps = y.optionalMaps("steps");
        List<Step> steps = new ArrayList<>();
        for (YamlMap s : stepMaps) {
            steps.add(step(s, executors.size(), stepMaps.size(), template));
        }
        Map<String, List<String>> custom = new LinkedHashMap<>();
        Optional<YamlMap> customMap = y.optionalMap("custom");
        if (customMap.isPresent()) {
            for (String key : customMap.get().keys()) {
                TemplateField field = template.field(key).filter(f -> !f.standard()).orElse(null);
                custom.put(key, customValue(customMap.get(), key, field, names));
            }
        }
        SopContent content = new SopContent(y.optionalString("number").orElse(null), date(y, "createdOn"),
                date(y, "revisedOn"), date(y, "effectiveOn"), signer, y.requiredString("title"), bases,
                y.optionalStrings("qualifications"), related, y.optionalStrings("equipment"),
                y.optionalStrings("warnings"), y.optionalStrings("recordKeeping"),
                y.optionalString("summary").orElse(null), y.optionalStrings("purposes"),
                y.optionalStrings("definitions"), executors, steps, y.optionalStrings("scope"), custom);
        return new Parsed(unitId, status, content, templateVersion);
    }

    private static Signer signer(YamlMap s, SopNames names) {
        s.allowOnly("position", "name", "nip");
        String position = s.optionalString("position").orElse(null);
        Long positionId = position == null ? null : names.position(position).orElse(null);
        String nip = s.optionalString("nip").orElse(null);
        if (nip != null) {
            String problem = Nip.problem(nip).orElse(null);
            if (problem != null) {
                throw s.error("nip", "tenant-data.nip");
            }
        }
        return new Signer(positionId, position, s.optionalString("name").orElse(null), nip);
    }

    private static Executor executor(YamlMap e, SopNames names) {
        e.allowOnly("position", "label");
        Optional<String> position = e.optionalString("position");
        if (position.isPresent()) {
            long id = names.position(position.get())
                    .orElseThrow(() -> e.error("position", "tenant-data.no-position", position.get()));
            return new Executor(id, e.optionalString("label").orElse(names.positionName(id)));
        }
        return new Executor(null, e.optionalString("label").orElse(null));
    }

    /**
     * A custom value as the template's field type wants it: SOPs by title and dasar hukum by kind,
     * number and year (stored as ids), everything else as text. A key the template no longer has
     * keeps its texts: values are never dropped.
     */
    private static List<String> customValue(YamlMap custom, String key, TemplateField field, SopNames names) {
        FieldType type = field == null ? null : field.type();
        if (type == FieldType.LEGAL_BASIS) {
            List<String> ids = new ArrayList<>();
            for (YamlMap b : custom.optionalMaps(key)) {
                b.allowOnly("kind", "number", "year");
                LegalBasisKey k = new LegalBasisKey(b.requiredString("kind"), b.requiredString("number"), b.requiredInt("year"));
                ids.add(String.valueOf(names.legalBasis(k).orElseThrow(() -> b.error("number",
                        "sop-data.unknown-legal-basis", k.kind(), k.number(), k.year()))));
            }
            return ids;
        }
        List<String> texts = custom.stringOrStrings(key);
        if (type == FieldType.SOP_REFERENCE) {
            List<String> ids = new ArrayList<>();
            for (String title : texts) {
                ids.add(String.valueOf(names.sop(title).orElseThrow(() -> custom.error(key, "sop-data.unknown-sop", title))));
            }
            return ids;
        }
        return texts;
    }

    private static Step step(YamlMap s, int executorCount, int stepCount, TemplateDefinition template) {
        s.allowOnly("activity", "executor", "decision", "requirements", "time", "output", "notes", "extra");
        int executor = s.requiredInt("executor");
        if (executor < 0 || executor > executorCount) {
            throw s.error("executor", "sop-data.executor-range", executorCount);
        }
        Outcome yes = null;
        Outcome no = null;
        Optional<YamlMap> decision = s.optionalMap("decision");
        if (decision.isPresent()) {
            YamlMap d = decision.get().allowOnly("yes", "no");
            yes = outcome(d, "yes", stepCount);
            no = outcome(d, "no", stepCount);
        }
        String timeText = s.requiredString("time");
        Matcher time = TIME.matcher(timeText);
        if (!time.matches()) {
            throw s.error("time", "sop-data.time", timeText);
        }
        TimeUnit unit = TimeUnit.valueOf(time.group(2).toUpperCase(Locale.ROOT));
        int minutes = Integer.parseInt(time.group(1)) * unit.minutes();
        QualityStandard standard = new QualityStandard(s.optionalStrings("requirements"), minutes, unit,
                s.optionalString("output").orElse(null));
        Map<String, String> extra = new LinkedHashMap<>();
        Optional<YamlMap> extraMap = s.optionalMap("extra");
        if (extraMap.isPresent()) {
            for (String key : extraMap.get().keys()) {
                extra.put(key, extraMap.get().requiredString(key));
            }
        }
        return new Step(s.optionalString("activity").orElse(null), executor,
                decision.isPresent() ? StepKind.DECISION : StepKind.PROCESS, yes, no, standard,
                s.optionalString("notes").orElse(null), extra);
    }

    /** An unfinished draft may lack an outcome or its target; the validator reports those. */
    private static Outcome outcome(YamlMap decision, String key, int stepCount) {
        Optional<YamlMap> found = decision.optionalMap(key);
        if (found.isEmpty()) {
            return null;
        }
        YamlMap o = found.get().allowOnly("label", "to");
        int target = o.has("to") ? o.requiredInt("to") : 0;
        if (o.has("to") && (target < 1 || target > stepCount)) {
            throw o.error("to", "sop-data.target-range", stepCount);
        }
        return new Outcome(o.optionalString("label").orElse(null), target);
    }

    private static LocalDate date(YamlMap y, String key) {
        Optional<String> text = y.optionalString(key);
        try {
            return text.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw y.error(key, "sop-data.date", text.get());
        }
    }

    private static Optional<VersionStatus> status(String code) {
        return Arrays.stream(VersionStatus.values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The file for a version, in the field order of docs/sop-data.md; empty fields are left out. */
    static String write(long unitId, VersionStatus status, SopContent c, Long templateVersionId, SopNames names) {
        Map<String, Object> y = new LinkedHashMap<>();
        if (templateVersionId != null && names.templates().nameOfVersion().containsKey(templateVersionId)) {
            y.put("template", names.templates().nameOfVersion().get(templateVersionId));
        }
        TemplateDefinition template = names.templates().definition(templateVersionId);
        y.put("unit", names.unitName(unitId));
        y.put("status", status.code());
        put(y, "number", c.number());
        put(y, "createdOn", c.createdOn() == null ? null : c.createdOn().toString());
        put(y, "revisedOn", c.revisedOn() == null ? null : c.revisedOn().toString());
        put(y, "effectiveOn", c.effectiveOn() == null ? null : c.effectiveOn().toString());
        if (c.approvedBy() != null) {
            Map<String, Object> signer = new LinkedHashMap<>();
            Signer s = c.approvedBy();
            put(signer, "position", s.positionTitle() != null ? s.positionTitle()
                    : s.positionId() == null ? null : names.positionName(s.positionId()));
            put(signer, "name", s.name());
            put(signer, "nip", s.nip());
            if (!signer.isEmpty()) {
                y.put("approvedBy", signer);
            }
        }
        put(y, "title", c.title());
        List<Object> bases = new ArrayList<>();
        for (long id : c.legalBasisIds()) {
            LegalBasisKey key = names.legalBasisKey(id);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("kind", key.kind());
            b.put("number", key.number());
            b.put("year", key.year());
            bases.add(b);
        }
        put(y, "legalBases", bases);
        put(y, "qualifications", c.qualifications());
        List<Object> related = new ArrayList<>();
        for (RelatedSop r : c.related()) {
            related.add(r.sopId() != null ? Map.of("sop", names.sopTitle(r.sopId())) : Map.of("text", r.text()));
        }
        put(y, "related", related);
        put(y, "equipment", c.equipment());
        put(y, "warnings", c.warnings());
        put(y, "recordKeeping", c.recordKeeping());
        put(y, "summary", c.summary());
        put(y, "purposes", c.purposes());
        put(y, "definitions", c.definitions());
        put(y, "scope", c.scope());
        Map<String, Object> custom = new LinkedHashMap<>();
        c.custom().forEach((key, values) -> {
            FieldType type = template.field(key).filter(f -> !f.standard()).map(TemplateField::type).orElse(null);
            if (type == FieldType.LEGAL_BASIS) {
                custom.put(key, values.stream().map(id -> {
                    LegalBasisKey k = names.legalBasisKey(Long.parseLong(id));
                    Map<String, Object> b = new LinkedHashMap<>();
                    b.put("kind", k.kind());
                    b.put("number", k.number());
                    b.put("year", k.year());
                    return b;
                }).toList());
            } else if (type == FieldType.SOP_REFERENCE) {
                custom.put(key, values.stream().map(id -> names.sopTitle(Long.parseLong(id))).toList());
            } else if (type == FieldType.LIST || values.size() != 1) {
                custom.put(key, values);
            } else {
                custom.put(key, values.getFirst());
            }
        });
        if (!custom.isEmpty()) {
            y.put("custom", custom);
        }
        List<Object> executors = new ArrayList<>();
        for (Executor e : c.executors()) {
            Map<String, Object> x = new LinkedHashMap<>();
            if (e.positionId() != null) {
                String name = names.positionName(e.positionId());
                x.put("position", name);
                if (e.label() != null && !e.label().equals(name)) {
                    x.put("label", e.label());
                }
            } else {
                put(x, "label", e.label());
            }
            executors.add(x);
        }
        put(y, "executors", executors);
        List<Object> steps = new ArrayList<>();
        for (Step s : c.steps()) {
            Map<String, Object> x = new LinkedHashMap<>();
            put(x, "activity", s.activity());
            x.put("executor", s.executor());
            if (s.isDecision()) {
                Map<String, Object> d = new LinkedHashMap<>();
                if (s.yes() != null) {
                    d.put("yes", outcome(s.yes()));
                }
                if (s.no() != null) {
                    d.put("no", outcome(s.no()));
                }
                x.put("decision", d);
            }
            put(x, "requirements", s.standard().requirements());
            x.put("time", s.standard().timeText());
            put(x, "output", s.standard().output());
            put(x, "notes", s.notes());
            if (!s.extra().isEmpty()) {
                x.put("extra", new LinkedHashMap<>(s.extra()));
            }
            steps.add(x);
        }
        put(y, "steps", steps);
        return YamlWriter.dump(y);
    }

    private static Map<String, Object> outcome(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "label", o.label());
        if (o.target() > 0) {
            m.put("to", o.target());
        }
        return m;
    }

    private static void put(Map<String, Object> y, String key, Object value) {
        YamlWriter.putPresent(y, key, value);
    }
}
