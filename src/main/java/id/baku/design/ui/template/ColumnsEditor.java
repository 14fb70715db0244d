package id.baku.design.ui.template;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.baku.design.StepColumn;
import id.baku.shared.ui.IconButton;
import id.baku.shared.ui.LinesArea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The step table: the standard columns keep their place and may only be renamed ("Uraian
 * kegiatan"); extra columns are added, renamed, moved and removed. Below, the Pelaksana columns a
 * new SOP starts with.
 */
public class ColumnsEditor extends VerticalLayout {

    private final List<StepColumn> columns = new ArrayList<>();
    private final Div rows = new Div();
    private final LinesArea executors;
    private final Map<String, HasValidation> inputs = new HashMap<>();
    private Set<String> savedKeys = Set.of();
    private Runnable changed = () -> {
    };

    public ColumnsEditor() {
        setPadding(false);
        addClassName("template-columns-editor");
        rows.addClassName("template-column-rows");
        rows.setWidthFull();
        Button add = new Button(getTranslation("templates.columns.add"), VaadinIcon.PLUS.create(), e -> {
            columns.add(new StepColumn("", ""));
            render();
            changed.run();
            ((TextField) inputs.get("column." + columns.size() + ".label")).focus();
        });
        add.setId("column-add");
        executors = new LinesArea(getTranslation("templates.executors")).withId("template-executors");
        executors.setHelperText(getTranslation("templates.executors.help"));
        executors.addValueChangeListener(e -> changed.run());
        Paragraph intro = new Paragraph(getTranslation("templates.columns.intro"));
        intro.addClassName("form-hint");
        add(new H4(getTranslation("templates.columns")), intro, rows, add,
                new H4(getTranslation("templates.executors.title")), executors);
    }

    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    public void show(List<StepColumn> list, List<String> executorLabels, Set<String> saved) {
        columns.clear();
        columns.addAll(list);
        savedKeys = saved;
        executors.setValue(executorLabels);
        render();
    }

    public void savedKeys(Set<String> saved) {
        savedKeys = saved;
        render();
    }

    public List<StepColumn> columns() {
        return List.copyOf(columns);
    }

    public List<String> executors() {
        return executors.getValue();
    }

    /** Inputs by the service's problem names: "column.3.label", "column.8.key", "executors". */
    public Map<String, HasValidation> inputs() {
        return inputs;
    }

    private void render() {
        rows.removeAll();
        inputs.clear();
        inputs.put("executors", executors);
        for (int i = 0; i < columns.size(); i++) {
            rows.add(row(i));
        }
    }

    private HorizontalLayout row(int index) {
        StepColumn c = columns.get(index);
        int n = index + 1;
        Span number = new Span(String.valueOf(n));
        number.addClassName("template-row-number");
        TextField label = new TextField();
        label.setId("column-" + n + "-label");
        label.setValue(c.label() == null ? "" : c.label());
        label.setAriaLabel(getTranslation("templates.column.label", n));
        label.setPlaceholder(getTranslation("templates.column.label.placeholder"));
        label.setMaxLength(200);
        label.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        label.setWidthFull();
        inputs.put("column." + n + ".label", label);
        HorizontalLayout row = new HorizontalLayout(number, label);
        row.setId("column-" + n);
        row.addClassName("template-column-row");
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(2, label);
        if (c.standard()) {
            Span standard = new Span(getTranslation("templates.column.standard"));
            standard.getElement().setAttribute("theme", "badge small pill contrast");
            standard.getElement().setAttribute("title", getTranslation("templates.column.standard.help"));
            row.add(standard);
            label.addValueChangeListener(e -> {
                columns.set(index, new StepColumn(c.key(), e.getValue()));
                changed.run();
            });
            return row;
        }
        TextField key = new TextField();
        key.setId("column-" + n + "-key");
        key.setValue(c.key() == null ? "" : c.key());
        key.setAriaLabel(getTranslation("templates.field.key"));
        key.setPlaceholder(getTranslation("templates.field.key"));
        key.setTooltipText(getTranslation("templates.field.key.help"));
        key.setMaxLength(40);
        key.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        key.setReadOnly(savedKeys.contains(c.key()));
        key.setWidth("11em");
        inputs.put("column." + n + ".key", key);
        label.addValueChangeListener(e -> {
            StepColumn now = columns.get(index);
            String newKey = now.key();
            // A new column's key follows its label until the admin types one of their own.
            if (!key.isReadOnly() && (now.key().isEmpty() || now.key().equals(TemplateTexts.keyFrom(e.getOldValue())))) {
                newKey = TemplateTexts.keyFrom(e.getValue());
                key.setValue(newKey);
            }
            columns.set(index, new StepColumn(newKey, e.getValue()));
            changed.run();
        });
        key.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                columns.set(index, new StepColumn(e.getValue().strip(), columns.get(index).label()));
                changed.run();
            }
        });
        row.add(key,
                icon(VaadinIcon.ARROW_UP, "action.move-up", index > 0, "column-" + n + "-up", () -> swap(index, index - 1)),
                icon(VaadinIcon.ARROW_DOWN, "action.move-down", index < columns.size() - 1, "column-" + n + "-down",
                        () -> swap(index, index + 1)),
                icon(VaadinIcon.TRASH, "action.delete", true, "column-" + n + "-remove", () -> {
                    columns.remove(index);
                    render();
                    changed.run();
                }));
        return row;
    }

    private Button icon(VaadinIcon icon, String titleKey, boolean enabled, String id, Runnable action) {
        Button button = IconButton.of(this, icon, titleKey, enabled, ButtonVariant.LUMO_TERTIARY_INLINE, action);
        button.setId(id);
        return button;
    }

    private void swap(int a, int b) {
        java.util.Collections.swap(columns, a, b);
        render();
        changed.run();
    }
}
