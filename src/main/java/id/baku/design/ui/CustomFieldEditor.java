package id.baku.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.baku.design.TemplateField;
import id.baku.shared.ui.DateFields;
import id.baku.shared.ui.LinesArea;
import id.baku.shared.ui.OrderedPicker;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The input for one custom field of a template, by its type. Values travel as the list of texts
 * {@link id.baku.design.SopContent#custom()} keeps: one text, list items, or ids.
 */
final class CustomFieldEditor {

    private final HasValue<?, ?> input;
    private final Function<Object, List<String>> toValues;
    private final Function<List<String>, Object> fromValues;

    private <V> CustomFieldEditor(HasValue<?, V> input, Function<V, List<String>> toValues, Function<List<String>, V> fromValues) {
        this.input = input;
        @SuppressWarnings("unchecked")
        Function<Object, List<String>> to = v -> toValues.apply((V) v);
        this.toValues = to;
        this.fromValues = fromValues::apply;
    }

    static CustomFieldEditor of(TemplateField field, Map<Long, String> sopTitles, Map<Long, String> legalBases) {
        String id = "custom-" + field.key();
        CustomFieldEditor editor = switch (field.type()) {
            case SHORT_TEXT -> {
                TextField t = new TextField(field.label());
                t.setMaxLength(300);
                t.setValueChangeMode(ValueChangeMode.LAZY);
                t.setId(id);
                yield new CustomFieldEditor(t, CustomFieldEditor::single, CustomFieldEditor::first);
            }
            case LONG_TEXT -> {
                TextArea t = new TextArea(field.label());
                t.setMaxLength(2000);
                t.setValueChangeMode(ValueChangeMode.LAZY);
                t.setId(id);
                yield new CustomFieldEditor(t, CustomFieldEditor::single, CustomFieldEditor::first);
            }
            case NUMBER -> {
                TextField t = new TextField(field.label());
                t.setAllowedCharPattern("[0-9.,\\-]");
                t.setValueChangeMode(ValueChangeMode.LAZY);
                t.setId(id);
                // Written the Indonesian way (12,5) or not: stored with a dot.
                yield new CustomFieldEditor(t, v -> single(v.replace(',', '.')), CustomFieldEditor::first);
            }
            case LIST -> {
                LinesArea l = new LinesArea(field.label()).withId(id);
                yield new CustomFieldEditor(l, v -> v == null ? List.of() : v, v -> v);
            }
            case DATE -> {
                DatePicker d = DateFields.datePicker(field.label());
                d.setId(id);
                yield new CustomFieldEditor(d, v -> v == null ? List.of() : List.of(v.toString()), v -> {
                    try {
                        return v.isEmpty() ? null : LocalDate.parse(v.getFirst());
                    } catch (DateTimeParseException e) {
                        return null;
                    }
                });
            }
            case CHOICE -> {
                ComboBox<String> c = new ComboBox<>(field.label());
                c.setItems(field.options());
                c.setClearButtonVisible(true);
                c.setId(id);
                yield new CustomFieldEditor(c, v -> v == null ? List.of() : List.of(v), CustomFieldEditor::firstOrNull);
            }
            case SOP_REFERENCE -> ids(new OrderedPicker<>(field.label(), sorted(sopTitles),
                    k -> sopTitles.getOrDefault(k, "?"), null).withId(id));
            case LEGAL_BASIS -> ids(new OrderedPicker<>(field.label(), List.copyOf(legalBases.keySet()),
                    k -> legalBases.getOrDefault(k, "?"), null).withId(id));
        };
        Component component = (Component) editor.input;
        if (field.help() != null && component instanceof com.vaadin.flow.component.HasHelper helper) {
            helper.setHelperText(field.help());
        }
        editor.input.setRequiredIndicatorVisible(field.required());
        return editor;
    }

    private static CustomFieldEditor ids(OrderedPicker<Long> picker) {
        return new CustomFieldEditor(picker, v -> v == null ? List.of() : v.stream().map(String::valueOf).toList(),
                v -> v.stream().filter(s -> s.matches("\\d{1,18}")).map(Long::valueOf).toList());
    }

    private static List<Long> sorted(Map<Long, String> titles) {
        return titles.keySet().stream().sorted((a, b) -> titles.get(a).compareToIgnoreCase(titles.get(b))).toList();
    }

    private static List<String> single(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip());
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static String firstOrNull(List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }

    Component component() {
        return (Component) input;
    }

    HasValidation validation() {
        return (HasValidation) input;
    }

    HasValue<?, ?> input() {
        return input;
    }

    List<String> values() {
        return toValues.apply(input.getValue());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void show(List<String> values) {
        ((HasValue) input).setValue(fromValues.apply(values == null ? List.of() : values));
    }

    boolean wide() {
        return input instanceof TextArea || input instanceof LinesArea || input instanceof OrderedPicker<?>;
    }
}
