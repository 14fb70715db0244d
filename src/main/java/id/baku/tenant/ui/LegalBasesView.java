package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.LegalBasisKind;
import id.baku.tenant.LegalBasisRecord;
import id.baku.tenant.LegalBasisService;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Map;

/** The pemda's library of dasar hukum; SOPs pick their Dasar Hukum from it. */
@Route("admin/legal-bases")
@Menu(title = "menu.legal-bases", order = 23, icon = "vaadin:book")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class LegalBasesView extends VerticalLayout implements HasDynamicTitle {

    private final LegalBasisService legalBases;
    private final Clock clock;
    private final Grid<LegalBasisRecord> grid = new Grid<>();
    private final TextField filter = new TextField();

    public LegalBasesView(LegalBasisService legalBases, Clock clock) {
        this.legalBases = legalBases;
        this.clock = clock;
        addClassName("admin-view");
        setSizeFull();

        Button add = new Button(getTranslation("legal-bases.add"), VaadinIcon.PLUS.create(), e -> open(
                new LegalBasisRecord(null, LegalBasisKind.PERWAL, null, "", Year.now(clock).getValue(), "", 0)));
        add.setId("legal-basis-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filter.setPlaceholder(getTranslation("action.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> applyFilter());
        HorizontalLayout toolbar = new HorizontalLayout(add, filter);
        toolbar.setWrap(true);

        grid.setId("legal-bases-grid");
        grid.addColumn(b -> getTranslation(kindKey(b.kind()))).setHeader(getTranslation("legal-bases.kind"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(LegalBasisRecord::number).setHeader(getTranslation("legal-bases.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LegalBasisRecord::year).setHeader(getTranslation("legal-bases.year")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(LegalBasisRecord::citation).setHeader(getTranslation("legal-bases.citation")).setFlexGrow(1);
        grid.addComponentColumn(b -> RowActions.of(this, () -> open(b), () -> delete(b))).setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        add(new H2(getTranslation("menu.legal-bases")), new Paragraph(getTranslation("legal-bases.intro")), toolbar, grid);
        refresh();
    }

    private static String kindKey(LegalBasisKind kind) {
        return "legal-basis.kind." + kind.code();
    }

    private void refresh() {
        grid.setItems(legalBases.list());
        applyFilter();
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        ((ListDataProvider<LegalBasisRecord>) grid.getDataProvider())
                .setFilter(b -> text.isEmpty() || b.citation().toLowerCase(Locale.ROOT).contains(text));
    }

    private void open(LegalBasisRecord basis) {
        Select<LegalBasisKind> kind = new Select<>();
        kind.setLabel(getTranslation("legal-bases.kind"));
        kind.setItems(LegalBasisKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(kindKey(k)));
        kind.setValue(basis.kind());
        TextField issuer = new TextField(getTranslation("legal-bases.issuer"));
        issuer.setHelperText(getTranslation("legal-bases.issuer.help"));
        issuer.setMaxLength(255);
        issuer.setValue(basis.issuer() == null ? "" : basis.issuer());
        TextField number = new TextField(getTranslation("legal-bases.number"));
        number.setId("legal-basis-number");
        number.setRequiredIndicatorVisible(true);
        number.setMaxLength(50);
        number.setValue(basis.number());
        IntegerField year = new IntegerField(getTranslation("legal-bases.year"));
        year.setRequiredIndicatorVisible(true);
        year.setMin(1945);
        year.setMax(Year.now(clock).getValue());
        year.setValue(basis.year());
        TextArea title = new TextArea(getTranslation("legal-bases.title"));
        title.setHelperText(getTranslation("legal-bases.title.help"));
        title.setMaxLength(1000);
        title.setValue(basis.title() == null ? "" : basis.title());
        Div preview = new Div();
        preview.addClassName("citation-preview");
        Runnable updatePreview = () -> preview.setText(getTranslation("legal-bases.preview",
                current(basis, kind, issuer, number, year, title).citation()));
        kind.addValueChangeListener(e -> updatePreview.run());
        for (var field : new HasValueChangeMode[]{issuer, number, year, title}) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        issuer.addValueChangeListener(e -> updatePreview.run());
        number.addValueChangeListener(e -> updatePreview.run());
        year.addValueChangeListener(e -> updatePreview.run());
        title.addValueChangeListener(e -> updatePreview.run());
        updatePreview.run();

        EditDialog dialog = new EditDialog(getTranslation(basis.id() == null ? "legal-bases.new" : "legal-bases.edit"),
                () -> Feedback.attempt(this, Map.of("kind", kind, "issuer", issuer, "number", number, "year", year,
                        "title", title), () -> {
                    legalBases.save(current(basis, kind, issuer, number, year, title));
                    Feedback.success(getTranslation("legal-bases.saved"));
                    refresh();
                }));
        dialog.fields(kind, issuer, number, year).wide(title).wide(preview);
        dialog.open();
        number.focus();
    }

    private static LegalBasisRecord current(LegalBasisRecord basis, Select<LegalBasisKind> kind, TextField issuer,
                                            TextField number, IntegerField year, TextArea title) {
        return new LegalBasisRecord(basis.id(), kind.getValue(), issuer.getValue(), number.getValue().strip(),
                year.getValue() == null ? 0 : year.getValue(), title.getValue().strip(), basis.version());
    }

    private void delete(LegalBasisRecord basis) {
        Confirm.delete(this, basis.citation(), () -> {
            if (Feedback.attempt(this, () -> legalBases.delete(basis.id()))) {
                Feedback.success(getTranslation("legal-bases.deleted"));
                refresh();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.legal-bases") + " · Baku";
    }
}
