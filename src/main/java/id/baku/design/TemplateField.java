package id.baku.design;

import java.util.List;

/**
 * One identity field of a template, in the order the author's form and the sheet show it.
 * For a standard field {@code key} is its {@link StandardField#key()} and {@code type} is fixed;
 * a custom field has its own key (letters and digits, starting with a letter, unique in the
 * template) and any type. {@code enabled} turns an optional standard field on; a custom field
 * {@code hiddenForNew} stays on the SOPs that have it but is no longer offered to new ones.
 */
public record TemplateField(String key, String label, String help, FieldType type, boolean required,
                            List<String> options, boolean enabled, boolean hiddenForNew, PrintPlace print) {

    public TemplateField {
        options = List.copyOf(options == null ? List.of() : options);
        print = print == null ? PrintPlace.NONE : print;
    }

    public boolean standard() {
        return StandardField.byKey(key).isPresent();
    }

    /** Shown on the author's form of a new SOP. */
    public boolean offeredForNew() {
        return enabled && !hiddenForNew;
    }

    public static TemplateField of(StandardField f, boolean enabled) {
        return new TemplateField(f.key(), f.label(), null, f.type(), false, List.of(), enabled, false,
                f.defaultPrint());
    }
}
