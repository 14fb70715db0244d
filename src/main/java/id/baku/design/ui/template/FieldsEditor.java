package id.baku.design.ui.template;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.baku.shared.ui.IconButton;
import id.baku.design.SopProblem;
import id.baku.design.StandardField;
import id.baku.design.TemplateField;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The identity fields in the order the author's form and the sheet show them. Every row says what
 * the field is (Permenpan, optional, custom), moves up or down and opens {@link FieldDialog};
 * only custom fields can be removed.
 */
public class FieldsEditor extends VerticalLayout {

    private final List<TemplateField> fields = new ArrayList<>();
    private final Div rows = new Div();
    private final BiFunction<Integer, TemplateField, List<SopProblem>> check;
    private Set<String> savedKeys = Set.of();
    private Map<Integer, List<String>> problems = Map.of();
    private Runnable changed = () -> {
    };

    /** @param check the problems of the template with a field put at a 0-based index (appended when it is the size) */
    public FieldsEditor(BiFunction<Integer, TemplateField, List<SopProblem>> check) {
        this.check = check;
        setPadding(false);
        addClassName("template-fields-editor");
        Paragraph intro = new Paragraph(getTranslation("templates.fields.intro"));
        intro.addClassName("form-hint");
        rows.addClassName("template-field-rows");
        rows.setWidthFull();
        Button add = new Button(getTranslation("templates.fields.add"), VaadinIcon.PLUS.create(), e -> edit(fields.size()));
        add.setId("field-add");
        add(intro, rows, add);
    }

    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** Shows the fields; {@code saved} are the custom keys already stored, whose key no longer changes. */
    public void show(List<TemplateField> list, Set<String> saved) {
        fields.clear();
        fields.addAll(list);
        savedKeys = saved;
        render();
    }

    public void savedKeys(Set<String> saved) {
        savedKeys = saved;
    }

    /** Replaces one field, as the layout tab does when a print place changes. */
    public void update(int index, TemplateField field) {
        fields.set(index, field);
        render();
        changed.run();
    }

    public List<TemplateField> fields() {
        return List.copyOf(fields);
    }

    /** Problems by 0-based row, already in words. */
    public void markProblems(Map<Integer, List<String>> byRow) {
        problems = byRow;
        render();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < fields.size(); i++) {
            rows.add(row(i));
        }
    }

    private Div row(int index) {
        TemplateField f = fields.get(index);
        int n = index + 1;
        Span number = new Span(String.valueOf(n));
        number.addClassName("template-row-number");
        Span label = new Span(f.label() == null || f.label().isBlank() ? getTranslation("templates.field.no-label") : f.label());
        label.addClassName("template-field-label");
        Span key = new Span(f.key());
        key.addClassName("template-field-key");
        Span type = new Span(f.type() == null ? "" : TemplateTexts.type(this, f.type()));
        type.addClassName("template-field-type");
        Div badges = new Div(badge(TemplateTexts.kindKey(f), f.standard() ? "contrast" : null));
        badges.addClassName("template-badges");
        StandardField standard = StandardField.byKey(f.key()).orElse(null);
        if (f.required()) {
            badges.add(badge("templates.badge.required", "primary"));
        }
        if (standard != null && standard.optional() && !f.enabled()) {
            badges.add(badge("templates.badge.off", "error"));
        }
        if (f.hiddenForNew()) {
            badges.add(badge("templates.badge.hidden", "error"));
        }
        Div text = new Div(new Div(label, key), new Div(type, badges));
        text.addClassName("template-field-text");
        for (String message : problems.getOrDefault(index, List.of())) {
            Div problem = new Div(message);
            problem.addClassName("template-row-problem");
            text.add(problem);
        }
        HorizontalLayout actions = new HorizontalLayout(
                icon(VaadinIcon.ARROW_UP, "action.move-up", index > 0, "field-" + n + "-up", () -> swap(index, index - 1)),
                icon(VaadinIcon.ARROW_DOWN, "action.move-down", index < fields.size() - 1, "field-" + n + "-down",
                        () -> swap(index, index + 1)),
                icon(VaadinIcon.EDIT, "action.edit", true, "field-" + n + "-edit", () -> edit(index)));
        actions.setSpacing(false);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (standard == null) {
            actions.add(icon(VaadinIcon.TRASH, "action.delete", true, "field-" + n + "-remove", () -> remove(index)));
        }
        Div row = new Div(number, text, actions);
        row.setId("field-" + n);
        row.addClassName("template-field-row");
        row.getElement().getClassList().set("has-problem", problems.containsKey(index));
        row.getElement().getClassList().set("is-off", !f.offeredForNew());
        row.getElement().setAttribute("data-key", f.key() == null ? "" : f.key());
        return row;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().setAttribute("theme", "badge small pill" + (theme == null ? "" : " " + theme));
        return badge;
    }

    private Button icon(VaadinIcon icon, String titleKey, boolean enabled, String id, Runnable action) {
        Button button = IconButton.of(this, icon, titleKey, enabled, ButtonVariant.LUMO_TERTIARY_INLINE, action);
        button.setId(id);
        return button;
    }

    private void swap(int a, int b) {
        java.util.Collections.swap(fields, a, b);
        render();
        changed.run();
    }

    /** Edits the field at {@code index}; the size of the list adds a new custom field. */
    private void edit(int index) {
        TemplateField field = index < fields.size() ? fields.get(index) : null;
        boolean keyEditable = field == null || (!field.standard() && !savedKeys.contains(field.key()));
        new FieldDialog(field, keyEditable, candidate -> check.apply(index, candidate), edited -> {
            if (index < fields.size()) {
                fields.set(index, edited);
            } else {
                fields.add(edited);
            }
            render();
            changed.run();
            rows.getChildren().skip(index).findFirst().ifPresent(row -> row.scrollIntoView());
        }).open();
    }

    private void remove(int index) {
        TemplateField f = fields.get(index);
        Runnable removal = () -> {
            fields.remove(index);
            render();
            changed.run();
        };
        if (savedKeys.contains(f.key())) {
            // Stored SOPs may hold a value in it: say so, and offer hiding as the gentler way.
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("field-remove-dialog");
            dialog.setHeader(getTranslation("templates.field.remove.title", f.label()));
            dialog.setText(getTranslation("templates.field.remove.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("action.delete"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(e -> removal.run());
            dialog.open();
        } else {
            removal.run();
        }
    }
}
