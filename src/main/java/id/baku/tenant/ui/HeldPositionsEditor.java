package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.baku.tenant.HeldPosition;
import id.baku.tenant.PositionRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** The jabatan a user holds, each definitive or Plt. (acting), one row per jabatan. */
class HeldPositionsEditor extends CustomField<List<HeldPosition>> {

    private final List<PositionRecord> choices;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowList = new ArrayList<>();

    private record Row(HorizontalLayout layout, ComboBox<PositionRecord> position, Checkbox acting) {
    }

    HeldPositionsEditor(List<PositionRecord> choices, List<HeldPosition> initial) {
        this.choices = choices;
        setLabel(getTranslation("users.positions"));
        setHelperText(getTranslation("users.positions.help"));
        setId("user-positions");
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("users.add-position"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId("user-add-position");
        VerticalLayout content = new VerticalLayout(rows, add);
        content.setPadding(false);
        content.setSpacing(false);
        add(content);
        setValue(initial);
    }

    private void addRow(HeldPosition held) {
        ComboBox<PositionRecord> position = new ComboBox<>();
        position.setItems(choices);
        position.setItemLabelGenerator(PositionRecord::name);
        position.setPlaceholder(getTranslation("users.choose-position"));
        position.setAriaLabel(getTranslation("users.positions"));
        position.setWidthFull();
        Checkbox acting = new Checkbox(getTranslation("users.acting"));
        acting.setTooltipText(getTranslation("users.acting.help"));
        if (held != null) {
            choices.stream().filter(p -> p.id() == held.positionId()).findFirst().ifPresent(position::setValue);
            acting.setValue(held.acting());
        }
        HorizontalLayout layout = new HorizontalLayout();
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, position, acting);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rowList.remove(row);
            rows.remove(layout);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        layout.add(position, acting, remove);
        layout.setFlexGrow(1, position);
        position.addValueChangeListener(e -> updateValue());
        acting.addValueChangeListener(e -> updateValue());
        rowList.add(row);
        rows.add(layout);
        if (held == null) {
            position.focus();
        }
    }

    @Override
    protected List<HeldPosition> generateModelValue() {
        // the same jabatan picked twice counts once; definitive wins over Plt.
        Map<Long, Boolean> acting = new LinkedHashMap<>();
        rowList.stream().filter(r -> r.position().getValue() != null)
                .forEach(r -> acting.merge(r.position().getValue().id(), r.acting().getValue(), Boolean::logicalAnd));
        return acting.entrySet().stream().map(e -> new HeldPosition(e.getKey(), e.getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<HeldPosition> value) {
        rowList.clear();
        rows.removeAll();
        (value == null ? List.<HeldPosition>of() : value).forEach(this::addRow);
    }
}
