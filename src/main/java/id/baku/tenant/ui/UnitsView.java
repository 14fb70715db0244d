package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitKind;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Unit kerja as a tree: perangkat daerah → bagian/bidang → sub bagian/tim kerja. */
@Route("admin/units")
@Menu(title = "menu.units", order = 20, icon = "vaadin:sitemap")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisation;
    private final TreeGrid<UnitRecord> grid = new TreeGrid<>();
    private final Button addChild = new Button();
    private final Button edit = new Button();
    private final Button delete = new Button();
    private List<UnitRecord> units = List.of();

    public UnitsView(OrganisationService organisation) {
        this.organisation = organisation;
        addClassName("admin-view");
        setSizeFull();

        Button addTop = new Button(getTranslation("units.add-top"), VaadinIcon.PLUS.create(), e -> open(UnitRecord.newUnit(null)));
        addTop.setId("unit-add");
        addTop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addChild.setText(getTranslation("units.add-child"));
        addChild.setId("unit-add-child");
        addChild.addClickListener(e -> selected().ifPresent(u -> open(UnitRecord.newUnit(u.id()))));
        edit.setText(getTranslation("action.edit"));
        edit.addClickListener(e -> selected().ifPresent(this::open));
        delete.setText(getTranslation("action.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::delete));
        HorizontalLayout toolbar = new HorizontalLayout(addTop, addChild, edit, delete);
        toolbar.setWrap(true);

        grid.setId("units-grid");
        grid.addHierarchyColumn(UnitRecord::name).setHeader(getTranslation("units.name")).setFlexGrow(3);
        grid.addColumn(u -> getTranslation(u.kind().labelKey())).setHeader(getTranslation("units.kind")).setFlexGrow(1);
        grid.addSelectionListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();

        add(new H2(getTranslation("menu.units")), new Paragraph(getTranslation("units.intro")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        units = organisation.listUnits();
        TreeData<UnitRecord> tree = new TreeData<>();
        addChildren(tree, null);
        grid.setDataProvider(new TreeDataProvider<>(tree));
        grid.expandRecursively(tree.getRootItems(), 10);
        updateButtons();
    }

    private void addChildren(TreeData<UnitRecord> tree, UnitRecord parent) {
        Long parentId = parent == null ? null : parent.id();
        units.stream().filter(u -> Objects.equals(u.parentId(), parentId))
                .sorted(Comparator.comparing(UnitRecord::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(child -> {
                    tree.addItem(parent, child);
                    addChildren(tree, child);
                });
    }

    private Optional<UnitRecord> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        boolean any = selected().isPresent();
        addChild.setEnabled(any);
        edit.setEnabled(any);
        delete.setEnabled(any);
    }

    private void open(UnitRecord unit) {
        TextField name = new TextField(getTranslation("units.name"));
        name.setId("unit-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(255);
        name.setValue(unit.name());
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("units.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(unit.kind());
        ComboBox<UnitRecord> parent = new ComboBox<>(getTranslation("units.parent"));
        parent.setItems(units.stream().filter(u -> !u.id().equals(unit.id())).toList());
        parent.setItemLabelGenerator(UnitRecord::name);
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("units.parent.help"));
        units.stream().filter(u -> u.id().equals(unit.parentId())).findFirst().ifPresent(parent::setValue);

        String title = getTranslation(unit.id() == null ? "units.new" : "units.edit");
        EditDialog dialog = new EditDialog(title, () -> Feedback.attempt(this,
                Map.of("name", name, "kind", kind, "parentId", parent),
                () -> {
                    organisation.saveUnit(new UnitRecord(unit.id(), parent.getValue() == null ? null : parent.getValue().id(),
                            name.getValue(), kind.getValue(), unit.version()));
                    Feedback.success(getTranslation("units.saved", name.getValue().strip()));
                    refresh();
                }));
        dialog.wide(name).fields(kind, parent);
        dialog.open();
        name.focus();
    }

    private void delete(UnitRecord unit) {
        Confirm.delete(this, unit.name(), () -> {
            if (Feedback.attempt(this, () -> organisation.deleteUnit(unit.id()))) {
                Feedback.success(getTranslation("units.deleted", unit.name()));
                refresh();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.units") + " · Baku";
    }
}
