package id.baku.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.baku.design.SopContent;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.TemplateService;
import id.baku.design.TemplateSummary;
import id.baku.design.VersionStatus;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UploadTexts;
import id.baku.shared.yaml.YamlDataException;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The pemda's SOPs, searchable by unit, name or number and status; authors start new ones here. */
@Route("sops")
@Menu(title = "menu.sops", order = 10, icon = "vaadin:file-tree")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class SopListView extends VerticalLayout implements HasDynamicTitle {

    private final SopService sops;
    private final TemplateService templates;
    private final Grid<SopSummary> grid = new Grid<>();
    private final ComboBox<UnitRecord> unit = new ComboBox<>();
    private final TextField text = new TextField();
    private final Select<VersionStatus> status = new Select<>();
    private final List<UnitRecord> units;

    public SopListView(SopService sops, TemplateService templates, OrganisationService organisation,
                       TenantService tenants) {
        this.sops = sops;
        this.templates = templates;
        this.units = organisation.listUnits();
        setSizeFull();
        addClassName("sop-list-view");

        text.setId("sop-search");
        text.setPlaceholder(getTranslation("sops.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        unit.setId("sop-unit-filter");
        unit.setPlaceholder(getTranslation("sops.all-units"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitRecord::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("18em");
        unit.addValueChangeListener(e -> refresh());
        status.setId("sop-status-filter");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("sops.all-statuses"));
        status.setItems(VersionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("sops.all-statuses") : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (canDesign()) {
            Button add = new Button(getTranslation("sops.new"), VaadinIcon.PLUS.create(), e -> create());
            add.setId("sop-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button upload = new Button(getTranslation("sops.import"), VaadinIcon.UPLOAD.create(), e -> importFile());
            upload.setId("sop-import");
            toolbar.add(add, upload);
        }
        toolbar.add(text, unit, status);

        grid.setId("sops-grid");
        grid.addColumn(SopSummary::number).setHeader(getTranslation("sop.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SopSummary::title).setHeader(getTranslation("sop.title")).setFlexGrow(3);
        grid.addColumn(SopSummary::unitName).setHeader(getTranslation("sop.unit")).setFlexGrow(2);
        grid.addComponentColumn(s -> statusBadge(s.status())).setHeader(getTranslation("sop.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SopSummary::revision).setHeader(getTranslation("sop.revision")).setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        ZoneId zone = tenants.currentProfile().timeZone().zone();
        grid.addColumn(s -> when.format(s.updatedAt().atZone(zone))).setHeader(getTranslation("sops.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem().sopId()));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("sops.empty"));

        add(new H2(getTranslation("menu.sops")), toolbar, grid);
        refresh();
    }

    static Span statusBadge(VersionStatus status) {
        Span badge = new Span();
        badge.getElement().setText(com.vaadin.flow.component.UI.getCurrent().getTranslation(status.labelKey()));
        badge.getElement().setAttribute("theme", "badge");
        badge.getElement().getThemeList().add("pill");
        switch (status) {
            case EFFECTIVE -> badge.getElement().getThemeList().add("success");
            case SUPERSEDED, RETIRED -> badge.getElement().getThemeList().add("contrast");
            default -> {
            }
        }
        badge.addClassName("status-" + status.code());
        return badge;
    }

    static boolean canDesign() {
        return CurrentUser.get().map(p -> p.hasRole(AppRole.SOP_AUTHOR) || p.hasRole(AppRole.TENANT_ADMIN)).orElse(false);
    }

    private void refresh() {
        String search = text.getValue() == null ? null : text.getValue();
        grid.setItems(sops.list(new SopQuery(unit.getValue() == null ? null : unit.getValue().id(), search,
                status.getValue())));
    }

    private void open(long sopId) {
        getUI().ifPresent(ui -> ui.navigate(SopDesignerView.class, sopId));
    }

    private void create() {
        ComboBox<UnitRecord> unitField = new ComboBox<>(getTranslation("sop.unit"));
        unitField.setId("new-sop-unit");
        unitField.setItems(units);
        unitField.setItemLabelGenerator(UnitRecord::name);
        unitField.setRequiredIndicatorVisible(true);
        if (unit.getValue() != null) {
            unitField.setValue(unit.getValue());
        }
        Select<TemplateSummary> template = new Select<>();
        template.setLabel(getTranslation("sops.new.template"));
        template.setId("new-sop-template");
        List<TemplateSummary> available = templates.list();
        template.setItems(available);
        template.setItemLabelGenerator(TemplateSummary::name);
        available.stream().filter(TemplateSummary::defaultTemplate).findFirst().ifPresent(template::setValue);
        template.setVisible(available.size() > 1);
        TextArea title = new TextArea(getTranslation("sop.title"));
        title.setId("new-sop-title");
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("sops.new.title-help"));
        EditDialog dialog = new EditDialog(getTranslation("sops.new"), () -> Feedback.attempt(this,
                Map.of("unit", unitField, "title", title), () -> {
                    if (unitField.getValue() == null) {
                        throw new id.baku.shared.InvalidInputException("unit", "validation.required");
                    }
                    if (title.getValue().isBlank()) {
                        throw new id.baku.shared.InvalidInputException("title", "validation.required");
                    }
                    Long templateId = template.getValue() == null ? null : template.getValue().templateId();
                    SopVersionRecord created = sops.create(unitField.getValue().id(), templateId, new SopContent(null, null, null,
                            null, null, title.getValue(), null, null, null, null, null, null, null, null, null, null,
                            null));
                    open(created.sopId());
                }));
        dialog.fields(unitField, template).wide(title);
        dialog.open();
        unitField.focus();
    }

    private void importFile() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sops.import"));
        dialog.setWidth("min(560px, 96vw)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            try {
                SopVersionRecord created = sops.importYaml(metadata.fileName(), new ByteArrayInputStream(bytes));
                dialog.close();
                Feedback.success(getTranslation("sops.imported"));
                open(created.sopId());
            } catch (YamlDataException e) {
                Feedback.error(e.describe(getLocale()));
            } catch (RuntimeException e) {
                Feedback.attempt(this, () -> {
                    throw e;
                });
            }
        }))));
        upload.setId("sop-import-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.addFileRejectedListener(e -> Feedback.error(getTranslation("sops.import.rejected")));
        UploadTexts.apply(upload);
        upload.setWidthFull();
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        close.setId("sop-import-close");
        dialog.add(new Paragraph(getTranslation("sops.import.help")), upload);
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sops") + " · Baku";
    }
}
