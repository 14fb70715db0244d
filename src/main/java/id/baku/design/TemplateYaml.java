package id.baku.design;

import id.baku.shared.yaml.YamlMap;
import id.baku.shared.yaml.YamlWriter;
import id.baku.tenant.PaperSize;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The template file format of {@code docs/template-data.md}: what the builder exports and imports
 * and what the sample pemda ship in {@code tenants/<code>/templates/}. Reading fails on the first
 * problem with its line and field; writing then reading gives the same definition.
 */
final class TemplateYaml {

    private TemplateYaml() {
    }

    static TemplateDefinition read(String file, InputStream in) {
        YamlMap y = YamlMap.parse(file, in);
        y.allowOnly("name", "description", "paper", "letterhead", "fields", "stepColumns", "defaultExecutors");
        PaperSize paper = y.has("paper") ? y.requiredEnum("paper", TemplateYaml::paper, "a4", "f4") : null;
        LetterheadVariant letterhead = y.has("letterhead")
                ? y.requiredEnum("letterhead", code -> byCode(LetterheadVariant.values(), code, LetterheadVariant::code),
                codes(LetterheadVariant.values(), LetterheadVariant::code))
                : LetterheadVariant.FULL;
        List<TemplateField> fields = new ArrayList<>();
        for (YamlMap f : y.optionalMaps("fields")) {
            fields.add(field(f));
        }
        List<StepColumn> columns = new ArrayList<>();
        for (YamlMap c : y.optionalMaps("stepColumns")) {
            c.allowOnly("key", "label");
            columns.add(new StepColumn(c.requiredString("key"), c.requiredString("label")));
        }
        return new TemplateDefinition(y.requiredString("name"), y.optionalString("description").orElse(null), fields,
                columns, y.optionalStrings("defaultExecutors"), paper, letterhead);
    }

    private static TemplateField field(YamlMap f) {
        f.allowOnly("key", "label", "help", "type", "required", "options", "enabled", "hiddenForNew", "print");
        String key = f.requiredString("key");
        Optional<StandardField> standard = StandardField.byKey(key);
        FieldType type;
        if (standard.isPresent()) {
            if (f.has("type")) {
                throw f.error("type", "template-data.standard-type", standard.get().type().code());
            }
            type = standard.get().type();
        } else {
            type = f.requiredEnum("type", code -> byCode(FieldType.values(), code, FieldType::code),
                    codes(FieldType.values(), FieldType::code));
        }
        String label = standard.isPresent() ? f.optionalString("label").orElse(standard.get().label())
                : f.requiredString("label");
        PrintPlace print = f.has("print")
                ? f.requiredEnum("print", code -> byCode(PrintPlace.values(), code, PrintPlace::code),
                codes(PrintPlace.values(), PrintPlace::code))
                : standard.map(StandardField::defaultPrint).orElse(PrintPlace.FULL);
        return new TemplateField(key, label, f.optionalString("help").orElse(null), type,
                f.optionalBoolean("required", false), f.optionalStrings("options"), f.optionalBoolean("enabled", true),
                f.optionalBoolean("hiddenForNew", false), print);
    }

    /** The file for a definition, every attribute written out so that nothing depends on defaults. */
    static String write(TemplateDefinition t) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("name", t.name());
        put(y, "description", t.description());
        if (t.paper() != null) {
            y.put("paper", t.paper().name().toLowerCase(Locale.ROOT));
        }
        y.put("letterhead", t.letterhead().code());
        List<Object> fields = new ArrayList<>();
        for (TemplateField f : t.fields()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", f.key());
            m.put("label", f.label());
            put(m, "help", f.help());
            if (!f.standard()) {
                m.put("type", f.type().code());
            }
            m.put("required", f.required());
            put(m, "options", f.options());
            m.put("enabled", f.enabled());
            m.put("hiddenForNew", f.hiddenForNew());
            m.put("print", f.print().code());
            fields.add(m);
        }
        y.put("fields", fields);
        List<Object> columns = new ArrayList<>();
        for (StepColumn c : t.stepColumns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", c.key());
            m.put("label", c.label());
            columns.add(m);
        }
        y.put("stepColumns", columns);
        put(y, "defaultExecutors", t.defaultExecutors());
        return YamlWriter.dump(y);
    }

    private static void put(Map<String, Object> y, String key, Object value) {
        YamlWriter.putPresent(y, key, value);
    }

    private static Optional<PaperSize> paper(String code) {
        return Arrays.stream(PaperSize.values()).filter(p -> p.name().equalsIgnoreCase(code)).findFirst();
    }

    private static <E> Optional<E> byCode(E[] values, String code, java.util.function.Function<E, String> codeOf) {
        return Arrays.stream(values).filter(v -> codeOf.apply(v).equals(code)).findFirst();
    }

    private static <E> String[] codes(E[] values, java.util.function.Function<E, String> codeOf) {
        return Arrays.stream(values).map(codeOf).toArray(String[]::new);
    }
}
