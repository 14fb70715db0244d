package id.baku.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An ordered list picked from a library (Dasar Hukum, Keterkaitan): a combo box adds, each row can
 * move up or down or be removed. With {@code customValue} set, typed text that matches no item is
 * added as a free item (e.g. an SOP outside Baku).
 */
public class OrderedPicker<T> extends CustomField<List<T>> {

    private final ComboBox<T> picker = new ComboBox<>();
    private final Div rows = new Div();
    private final Function<T, String> label;
    private final List<T> items = new ArrayList<>();
    private boolean readOnly;

    public OrderedPicker(String label, List<T> choices, Function<T, String> itemLabel, Function<String, T> customValue) {
        this.label = itemLabel;
        setLabel(label);
        setWidthFull();
        picker.setItems(choices);
        picker.setItemLabelGenerator(itemLabel::apply);
        picker.setPlaceholder(getTranslation(customValue == null ? "field.pick.add" : "field.pick.add-or-type"));
        picker.setWidthFull();
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                add(e.getValue());
                picker.clear();
            }
        });
        if (customValue != null) {
            picker.setAllowCustomValue(true);
            picker.addCustomValueSetListener(e -> {
                if (!e.getDetail().isBlank()) {
                    add(customValue.apply(e.getDetail().strip()));
                }
                picker.clear();
            });
        }
        rows.addClassName("ordered-picker-rows");
        add(rows, picker);
    }

    public OrderedPicker<T> withId(String id) {
        picker.setId(id);
        return this;
    }

    private void add(T item) {
        if (!items.contains(item)) {
            items.add(item);
            render();
            updateValue();
        }
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Span text = new Span((i + 1) + ". " + label.apply(items.get(i)));
            text.addClassName("ordered-picker-text");
            HorizontalLayout row = new HorizontalLayout(text);
            row.addClassName("ordered-picker-row");
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.setFlexGrow(1, text);
            if (!readOnly) {
                row.add(icon(VaadinIcon.ARROW_UP, "action.move-up", index > 0, () -> swap(index, index - 1)),
                        icon(VaadinIcon.ARROW_DOWN, "action.move-down", index < items.size() - 1, () -> swap(index, index + 1)),
                        icon(VaadinIcon.CLOSE_SMALL, "action.remove", true, () -> {
                            items.remove(index);
                            render();
                            updateValue();
                        }));
            }
            rows.add(row);
        }
    }

    private Button icon(VaadinIcon icon, String titleKey, boolean enabled, Runnable action) {
        return IconButton.of(this, icon, titleKey, enabled, ButtonVariant.LUMO_TERTIARY_INLINE, action);
    }

    private void swap(int a, int b) {
        java.util.Collections.swap(items, a, b);
        render();
        updateValue();
    }

    @Override
    protected List<T> generateModelValue() {
        return List.copyOf(items);
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        items.clear();
        if (value != null) {
            items.addAll(value);
        }
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        picker.setVisible(!readOnly);
        render();
    }
}
