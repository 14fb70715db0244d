package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Jabatan: the positions SOPs name as Pelaksana and signers. */
@Route("admin/positions")
@Menu(title = "menu.positions", order = 21, icon = "vaadin:user-card")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class PositionsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    private final Grid<PositionRecord> grid = new Grid<>();
    private final TextField filter = new TextField();
    private Map<Long, UnitRecord> units = Map.of();

    public PositionsView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("admin-view");
        setSizeFull();

        Button add = new Button(getTranslation("positions.add"), VaadinIcon.PLUS.create(),
                e -> open(new PositionRecord(null, null, "", false, 0)));
        add.setId("position-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.setPlaceholder(getTranslation("action.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(add, filter);
        toolbar.setWrap(true);

        grid.setId("positions-grid");
        grid.addColumn(PositionRecord::name).setHeader(getTranslation("positions.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(this::unitName).setHeader(getTranslation("positions.unit")).setFlexGrow(2).setSortable(true);
        grid.addColumn(p -> p.unitHead() ? getTranslation("common.yes") : "").setHeader(getTranslation("positions.unit-head"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> RowActions.of(this, () -> open(p), () -> delete(p))).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(new H2(getTranslation("menu.positions")), new Paragraph(getTranslation("positions.intro")), toolbar, grid);
        refresh();
    }

    private String unitName(PositionRecord position) {
        UnitRecord unit = position.unitId() == null ? null : units.get(position.unitId());
        return unit == null ? getTranslation("positions.no-unit") : unit.name();
    }

    private void refresh() {
        units = organisation.listUnits().stream().collect(Collectors.toMap(UnitRecord::id, Function.identity()));
        grid.setItems(organisation.listPositions());
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<PositionRecord>) grid.getDataProvider()).setFilter(p -> text.isEmpty()
                || p.name().toLowerCase(Locale.ROOT).contains(text) || unitName(p).toLowerCase(Locale.ROOT).contains(text));
    }

    private void open(PositionRecord position) {
        TextField name = new TextField(getTranslation("positions.name"));
        name.setId("position-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(255);
        name.setValue(position.name());
        name.setHelperText(getTranslation("positions.name.help"));
        ComboBox<UnitRecord> unit = new ComboBox<>(getTranslation("positions.unit"));
        unit.setItems(units.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        unit.setItemLabelGenerator(UnitRecord::name);
        unit.setClearButtonVisible(true);
        unit.setHelperText(getTranslation("positions.unit.help"));
        if (position.unitId() != null) {
            unit.setValue(units.get(position.unitId()));
        }
        Checkbox head = new Checkbox(getTranslation("positions.unit-head.long"), position.unitHead());

        EditDialog dialog = new EditDialog(getTranslation(position.id() == null ? "positions.new" : "positions.edit"),
                () -> Feedback.attempt(this, Map.of("name", name, "unitId", unit), () -> {
                    organisation.savePosition(new PositionRecord(position.id(),
                            unit.getValue() == null ? null : unit.getValue().id(), name.getValue(), head.getValue(),
                            position.version()));
                    Feedback.success(getTranslation("positions.saved", name.getValue().strip()));
                    refresh();
                }));
        dialog.wide(name).wide(unit).wide(head);
        dialog.open();
        name.focus();
    }

    private void delete(PositionRecord position) {
        Confirm.delete(this, position.name(), () -> {
            if (Feedback.attempt(this, () -> organisation.deletePosition(position.id()))) {
                Feedback.success(getTranslation("positions.deleted", position.name()));
                refresh();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.positions") + " · Baku";
    }
}
