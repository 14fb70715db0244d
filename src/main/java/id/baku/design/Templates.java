package id.baku.design;

import java.util.List;
import java.util.Objects;

/** Small helpers on template definitions. */
final class Templates {

    private Templates() {
    }

    /** Texts trimmed, blank ones null, blank options dropped: what is stored and compared. */
    static TemplateDefinition normalized(TemplateDefinition t) {
        List<TemplateField> fields = t.fields().stream().map(f -> new TemplateField(text(f.key()), text(f.label()),
                text(f.help()), f.type(), f.required(),
                f.options().stream().map(Templates::text).filter(Objects::nonNull).toList(),
                f.enabled(), f.hiddenForNew(), f.print())).toList();
        List<StepColumn> columns = t.stepColumns().stream().map(c -> new StepColumn(text(c.key()), text(c.label())))
                .toList();
        List<String> executors = t.defaultExecutors().stream().map(Templates::text).filter(Objects::nonNull).toList();
        return new TemplateDefinition(text(t.name()), text(t.description()), fields, columns, executors, t.paper(),
                t.letterhead());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
