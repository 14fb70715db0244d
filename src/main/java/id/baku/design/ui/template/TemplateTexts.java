package id.baku.design.ui.template;

import com.vaadin.flow.component.Component;
import id.baku.design.FieldType;
import id.baku.design.LetterheadVariant;
import id.baku.design.PrintPlace;
import id.baku.design.SopProblem;
import id.baku.design.StandardField;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import id.baku.design.StepColumn;
import id.baku.shared.Texts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The builder's words for types, print places and problems, and the small text rules it shares. */
public final class TemplateTexts {

    private TemplateTexts() {
    }

    public static String type(Component c, FieldType type) {
        return c.getTranslation(type.labelKey());
    }

    public static String print(Component c, PrintPlace place) {
        return c.getTranslation(place.labelKey());
    }

    public static String letterhead(Component c, LetterheadVariant variant) {
        return c.getTranslation(variant.labelKey());
    }

    /**
     * A message of the template service. Its texts live with the service's own keys; should one be
     * missing, the admin still gets a sentence instead of a raw key.
     */
    public static String message(Component c, String key, Object... args) {
        String text = Texts.get(locale(), key, args);
        return text != null ? text : c.getTranslation("templates.problem.unknown");
    }

    /** The UI's language, for texts made outside a component's own translation. */
    public static Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent() == null ? null : com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    public static String message(Component c, SopProblem problem) {
        return message(c, problem.key(), problem.argsArray());
    }

    /** "Indikator Kinerja" → "indikatorKinerja": a key suggestion while the admin types a new label. */
    public static String keyFrom(String label) {
        if (label == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder key = new StringBuilder();
        for (String word : plain.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (key.isEmpty()) {
                key.append(word.toLowerCase(Locale.ROOT));
            } else {
                key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        String result = key.toString().replaceFirst("^[0-9]+", "");
        return result.length() > 40 ? result.substring(0, 40) : result;
    }

    /** Texts trimmed and blanks dropped, as the service stores a template: what "unchanged" compares. */
    public static TemplateDefinition normalized(TemplateDefinition t) {
        List<TemplateField> fields = t.fields().stream().map(f -> new TemplateField(text(f.key()), text(f.label()),
                text(f.help()), f.type(), f.required(), f.options().stream().map(TemplateTexts::text)
                .filter(Objects::nonNull).toList(), f.enabled(), f.hiddenForNew(), f.print())).toList();
        List<StepColumn> columns = t.stepColumns().stream().map(c -> new StepColumn(text(c.key()), text(c.label())))
                .toList();
        List<String> executors = t.defaultExecutors().stream().map(TemplateTexts::text).filter(Objects::nonNull).toList();
        return new TemplateDefinition(text(t.name()), text(t.description()), fields, columns, executors, t.paper(),
                t.letterhead());
    }

    /** Permenpan, optional or custom: what kind of field the admin is looking at. */
    public static String kindKey(TemplateField f) {
        return StandardField.byKey(f.key()).map(s -> s.optional() ? "templates.badge.optional" : "templates.badge.permenpan")
                .orElse("templates.badge.custom");
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
