package id.baku.design.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.baku.design.LetterheadVariant;
import id.baku.design.PrintPlace;
import id.baku.design.SopProblem;
import id.baku.design.StepColumn;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateField;
import id.baku.design.TemplateService;
import id.baku.design.TemplateVersionRecord;
import id.baku.design.ui.template.ColumnsEditor;
import id.baku.design.ui.template.FieldsEditor;
import id.baku.design.ui.template.FormPreview;
import id.baku.design.ui.template.SheetPreview;
import id.baku.design.ui.template.TemplateTexts;
import id.baku.security.AppRoles;
import id.baku.shared.InvalidInputException;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UnsavedChanges;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The template builder: what the author's form asks (identity fields), the step table's columns
 * and the sheet's layout on the left, the author's form and the printed identity page on the
 * right, redrawn as the admin works. Saving adds a version; SOPs keep the version they have.
 */
@Route("admin/template")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class TemplateEditorView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver,
        BeforeLeaveObserver, HasDynamicTitle {

    /** The address parameter of a template not yet saved. */
    static final String NEW = "new";

    private final TemplateService templates;
    private final TenantProfile profile;
    private final H2 heading = new H2();
    private final Span version = new Span();
    private final Span defaultBadge = new Span();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Select<PaperSize> paper = new Select<>();
    private final Select<LetterheadVariant> letterhead = new Select<>();
    private final Div printRows = new Div();
    private final UnorderedList problemList = new UnorderedList();
    private final Span problemsTitle = new Span();
    private final Div problemsBox = new Div();
    private TabSheet tabs;
    private final Map<String, Tab> tabByArea = new HashMap<>();
    private FieldsEditor fieldsEditor;
    private ColumnsEditor columnsEditor;
    private FormPreview formPreview;
    private SheetPreview sheetPreview;
    private Anchor export;
    private String parameter;
    private TemplateVersionRecord record;
    private TemplateDefinition baseline;
    private boolean showing;

    public TemplateEditorView(TemplateService templates, TenantService tenants) {
        this.templates = templates;
        this.profile = tenants.currentProfile();
        setSizeFull();
        setPadding(false);
        addClassName("template-editor");
        UnsavedChanges.guard(this);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.parameter = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (NEW.equals(parameter)) {
            TemplateDefinition national = TemplateDefinition.national();
            build(null, new TemplateDefinition(getTranslation("templates.new.name", national.name()),
                    national.description(), national.fields(), national.stepColumns(), national.defaultExecutors(),
                    national.paper(), national.letterhead()));
            return;
        }
        TemplateVersionRecord found = null;
        try {
            found = templates.latest(Long.parseLong(parameter)).orElse(null);
        } catch (NumberFormatException e) {
            // an address typed by hand: treated as not found
        }
        if (found == null) {
            event.forwardTo(TemplatesView.class);
            Feedback.error(getTranslation("error.not-found"));
            return;
        }
        build(found, found.definition());
    }

    private void build(TemplateVersionRecord found, TemplateDefinition definition) {
        removeAll();
        fieldsEditor = new FieldsEditor(this::problemsWithField);
        columnsEditor = new ColumnsEditor();
        formPreview = new FormPreview();
        sheetPreview = new SheetPreview(profile);

        tabs = new TabSheet();
        tabs.setId("template-tabs");
        tabByArea.put("info", tabs.add(new Tab(getTranslation("templates.tab.info")), info()));
        tabByArea.put("fields", tabs.add(new Tab(getTranslation("templates.tab.fields")), fieldsEditor));
        tabByArea.put("columns", tabs.add(new Tab(getTranslation("templates.tab.columns")), columnsEditor));
        tabByArea.put("layout", tabs.add(new Tab(getTranslation("templates.tab.layout")), layout()));
        tabByArea.get("info").setId("tab-info");
        tabByArea.get("fields").setId("tab-fields");
        tabByArea.get("columns").setId("tab-columns");
        tabByArea.get("layout").setId("tab-layout");
        tabs.addClassName("template-tabs");

        problemsTitle.addClassName("template-problems-title");
        problemsBox.setId("template-problems");
        problemsBox.addClassName("template-problems");
        problemsBox.removeAll();
        problemsBox.add(problemsTitle, problemList);
        Div left = new Div(tabs, problemsBox);
        left.addClassName("template-left");

        TabSheet previews = new TabSheet();
        previews.setId("template-preview-tabs");
        previews.add(new Tab(getTranslation("templates.preview.form")), formPreview).setId("tab-form-preview");
        previews.add(new Tab(getTranslation("templates.preview.sheet")), sheetPreview).setId("tab-sheet-preview");
        previews.addClassName("template-previews");
        Div right = new Div(previews);
        right.addClassName("template-right");

        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(header(), split);
        setFlexGrow(1, split);

        show(found, definition);
        fieldsEditor.onChange(() -> {
            renderPrintRows();
            refresh();
        });
        columnsEditor.onChange(this::refresh);
        name.addValueChangeListener(e -> refresh());
        description.addValueChangeListener(e -> refresh());
        paper.addValueChangeListener(e -> refresh());
        letterhead.addValueChangeListener(e -> refresh());
        refresh();
    }

    private FormLayout info() {
        name.setLabel(getTranslation("templates.name"));
        name.setId("template-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setHelperText(getTranslation("templates.name.help"));
        // Sent when the field is left: the tab sheet takes hidden tabs out of the page, and a
        // value still waiting for a typing pause would be lost with them.
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        description.setLabel(getTranslation("templates.description"));
        description.setId("template-description");
        description.setMaxLength(1000);
        description.setHelperText(getTranslation("templates.description.help"));
        description.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph note = new Paragraph(getTranslation("templates.version.note"));
        note.setId("template-version-note");
        note.addClassName("form-hint");
        form.add(name, description, note);
        return form;
    }

    private VerticalLayout layout() {
        paper.setLabel(getTranslation("templates.paper"));
        paper.setId("template-paper");
        paper.setItems(PaperSize.values());
        paper.setEmptySelectionAllowed(true);
        String tenantPaper = getTranslation("templates.paper.tenant",
                getTranslation("paper." + profile.paperSize().name().toLowerCase(Locale.ROOT)));
        paper.setEmptySelectionCaption(tenantPaper);
        paper.setItemLabelGenerator(p -> p == null ? tenantPaper : getTranslation("paper." + p.name().toLowerCase(Locale.ROOT)));
        letterhead.setLabel(getTranslation("templates.letterhead"));
        letterhead.setId("template-letterhead");
        letterhead.setItems(LetterheadVariant.values());
        letterhead.setItemLabelGenerator(v -> TemplateTexts.letterhead(this, v));
        letterhead.setHelperText(getTranslation("templates.letterhead.help"));
        FormLayout form = new FormLayout(paper, letterhead);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph printHelp = new Paragraph(getTranslation("templates.print.intro"));
        printHelp.addClassName("form-hint");
        printRows.addClassName("template-print-rows");
        VerticalLayout layout = new VerticalLayout(form, new H4(getTranslation("templates.print.title")), printHelp, printRows);
        layout.setPadding(false);
        layout.addClassName("template-layout-tab");
        return layout;
    }

    /** One print-place choice per field that is on, in the fields' order. */
    private void renderPrintRows() {
        printRows.removeAll();
        List<TemplateField> fields = fieldsEditor.fields();
        for (int i = 0; i < fields.size(); i++) {
            TemplateField f = fields.get(i);
            if (!f.enabled()) {
                continue;
            }
            int index = i;
            Select<PrintPlace> place = new Select<>();
            place.setId("print-" + (i + 1));
            place.setItems(PrintPlace.values());
            place.setItemLabelGenerator(p -> TemplateTexts.print(this, p));
            place.setValue(f.print());
            place.setAriaLabel(getTranslation("templates.field.print") + ": " + f.label());
            place.setWidth("19em");
            place.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    TemplateField now = fieldsEditor.fields().get(index);
                    fieldsEditor.update(index, new TemplateField(now.key(), now.label(), now.help(), now.type(),
                            now.required(), now.options(), now.enabled(), now.hiddenForNew(), e.getValue()));
                }
            });
            Span label = new Span(f.label() == null ? f.key() : f.label());
            label.addClassName("template-print-label");
            HorizontalLayout row = new HorizontalLayout(label, place);
            row.addClassName("template-print-row");
            row.setWidthFull();
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setFlexGrow(1, label);
            printRows.add(row);
        }
    }

    private HorizontalLayout header() {
        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate(TemplatesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        back.setAriaLabel(getTranslation("templates.back"));
        back.setTooltipText(getTranslation("templates.back"));
        heading.addClassName("sop-heading");
        version.setId("template-version");
        version.getElement().setAttribute("theme", "badge pill");
        defaultBadge.setText(getTranslation("templates.default.badge"));
        defaultBadge.getElement().setAttribute("theme", "badge success pill");
        Span note = new Span(getTranslation("templates.version.short-note"));
        note.addClassName("saved-info");
        Div titles = new Div(heading, new Div(version, defaultBadge, note));
        titles.addClassName("sop-titles");
        HorizontalLayout bar = new HorizontalLayout(back, titles);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, titles);
        bar.addClassName("designer-header");

        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] yaml = templates.exportYaml(record.templateId()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(yaml), fileName(), "application/yaml", yaml.length);
        }), "");
        Button exportButton = new Button(getTranslation("templates.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTooltipText(getTranslation("templates.export.help"));
        export.add(exportButton);
        export.setId("template-export");
        export.getElement().setAttribute("download", true);
        Button save = new Button(getTranslation("templates.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        bar.add(export, save);
        return bar;
    }

    private String fileName() {
        String base = record.definition().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "template" : base.substring(0, Math.min(60, base.length()))) + ".yaml";
    }

    private void show(TemplateVersionRecord found, TemplateDefinition d) {
        showing = true;
        record = found;
        baseline = d;
        name.setValue(d.name() == null ? "" : d.name());
        description.setValue(d.description() == null ? "" : d.description());
        Set<String> savedFields = savedCustomKeys();
        fieldsEditor.show(d.fields(), savedFields);
        columnsEditor.show(d.stepColumns(), d.defaultExecutors(),
                found == null ? Set.of() : found.definition().extraColumns().stream().map(StepColumn::key)
                        .collect(Collectors.toSet()));
        paper.setValue(d.paper());
        letterhead.setValue(d.letterhead());
        renderPrintRows();
        version.setText(found == null ? getTranslation("templates.version.unsaved")
                : getTranslation("templates.version", found.revision()));
        defaultBadge.setVisible(found != null && found.defaultTemplate());
        export.setVisible(found != null);
        showing = false;
    }

    private Set<String> savedCustomKeys() {
        return record == null ? Set.of() : record.definition().customFields().stream().map(TemplateField::key)
                .collect(Collectors.toSet());
    }

    private TemplateDefinition current() {
        return current(fieldsEditor.fields());
    }

    private TemplateDefinition current(List<TemplateField> fields) {
        return new TemplateDefinition(name.getValue(), description.getValue(), fields, columnsEditor.columns(),
                columnsEditor.executors(), paper.getValue(), letterhead.getValue());
    }

    /** The problems of one field, with the field put at {@code index} (appended at the end). */
    private List<SopProblem> problemsWithField(int index, TemplateField field) {
        List<TemplateField> fields = new ArrayList<>(fieldsEditor.fields());
        if (index < fields.size()) {
            fields.set(index, field);
        } else {
            fields.add(field);
        }
        String prefix = "field." + (index + 1) + ".";
        return templates.problems(current(fields)).stream().filter(p -> p.field().startsWith(prefix)).toList();
    }

    private boolean dirty() {
        return !TemplateTexts.normalized(current()).equals(TemplateTexts.normalized(baseline));
    }

    /** Redraws both previews and the problems from what is on screen. */
    private void refresh() {
        if (showing) {
            return;
        }
        TemplateDefinition t = current();
        heading.setText(name.getValue().isBlank() ? getTranslation("templates.untitled") : name.getValue());
        formPreview.show(t);
        sheetPreview.show(t);
        showProblems(templates.problems(t));
        UnsavedChanges.mark(this, dirty());
    }

    private void showProblems(List<SopProblem> problems) {
        Map<String, HasValidation> inputs = new HashMap<>(columnsEditor.inputs());
        inputs.put("name", name);
        inputs.put("description", description);
        inputs.values().forEach(i -> i.setInvalid(false));
        problemList.removeAll();
        Map<Integer, List<String>> byRow = new HashMap<>();
        for (SopProblem p : problems) {
            String message = TemplateTexts.message(this, p);
            String[] parts = p.field().split("\\.");
            ListItem item = new ListItem(where(parts) + ": " + message);
            item.addClassName("template-problem");
            String area = switch (parts[0]) {
                case "field", "fields" -> "fields";
                case "column", "columns", "executor", "executors" -> "columns";
                default -> "info";
            };
            item.getElement().addEventListener("click", e -> tabs.setSelectedTab(tabByArea.get(area)));
            problemList.add(item);
            if (parts[0].equals("field") && parts.length > 2) {
                byRow.computeIfAbsent(Integer.parseInt(parts[1]) - 1, k -> new ArrayList<>())
                        .add(part(parts[2]) + ": " + message);
            }
            HasValidation input = inputs.get(parts[0].equals("executor") ? "executors" : p.field());
            if (input != null && !input.isInvalid()) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            }
        }
        fieldsEditor.markProblems(byRow);
        problemsTitle.setText(problems.isEmpty() ? getTranslation("templates.problems.none")
                : getTranslation("templates.problems", problems.size()));
        problemsBox.getElement().getClassList().set("has-problems", !problems.isEmpty());
        Tab fieldsTab = tabByArea.get("fields");
        fieldsTab.getElement().getClassList().set("has-problems", !byRow.isEmpty()
                || problems.stream().anyMatch(p -> p.field().equals("fields")));
    }

    /** "Kolom identitas 17 (Indikator)" for field.17.options; the section's name otherwise. */
    private String where(String[] parts) {
        List<TemplateField> fields = fieldsEditor.fields();
        return switch (parts[0]) {
            case "name" -> getTranslation("templates.name");
            case "description" -> getTranslation("templates.description");
            case "field" -> {
                int n = Integer.parseInt(parts[1]);
                String label = n <= fields.size() && fields.get(n - 1).label() != null ? fields.get(n - 1).label() : "";
                yield getTranslation("templates.problem.field", n, label);
            }
            case "column" -> getTranslation("templates.problem.column", parts[1]);
            case "executor", "executors" -> getTranslation("templates.executors.title");
            case "columns" -> getTranslation("templates.columns");
            default -> getTranslation("templates.tab.fields");
        };
    }

    private String part(String part) {
        return switch (part) {
            case "label" -> getTranslation("templates.field.label");
            case "help" -> getTranslation("templates.field.help");
            case "key" -> getTranslation("templates.field.key");
            case "type" -> getTranslation("templates.field.type");
            case "options" -> getTranslation("templates.field.options");
            default -> getTranslation("templates.field.enabled");
        };
    }

    private void save() {
        TemplateDefinition mine = current();
        List<SopProblem> problems = templates.problems(mine);
        if (!problems.isEmpty()) {
            Feedback.error(getTranslation("templates.save.fix-first", problems.size()));
            return;
        }
        try {
            TemplateVersionRecord result = record == null ? templates.create(mine)
                    : templates.save(record.templateId(), record.revision(), mine);
            saved(result, record == null || result.revision() != record.revision());
        } catch (InvalidInputException e) {
            if ("error.concurrent-change".equals(e.messageKey())) {
                concurrentChange(mine);
                return;
            }
            String message = TemplateTexts.message(this, e.messageKey(), e.args());
            if ("name".equals(e.field())) {
                name.setErrorMessage(message);
                name.setInvalid(true);
                tabs.setSelectedTab(tabByArea.get("info"));
            }
            Feedback.error(message);
        } catch (RuntimeException e) {
            Feedback.attempt(this, () -> {
                throw e;
            });
        }
    }

    private void saved(TemplateVersionRecord result, boolean changed) {
        boolean created = record == null;
        show(result, result.definition());
        refresh();
        if (created) {
            // The address now names the template, so a reload opens it instead of a new copy.
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "admin/template/" + result.templateId()));
        }
        Feedback.success(changed ? getTranslation("templates.saved", result.revision())
                : getTranslation("templates.saved.unchanged"));
    }

    /**
     * Another admin saved this template since it was opened. The admin's work stays on screen;
     * they choose to keep editing, to save theirs as the next version anyway, or to load the newer one.
     */
    private void concurrentChange(TemplateDefinition mine) {
        TemplateVersionRecord theirs = templates.latest(record.templateId()).orElseThrow();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("template-concurrent-dialog");
        dialog.setHeader(getTranslation("templates.concurrent.title"));
        dialog.setText(getTranslation("templates.concurrent.text", record.revision(), theirs.revision()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("templates.concurrent.keep-editing"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("templates.concurrent.take-theirs"));
        dialog.addRejectListener(e -> {
            show(theirs, theirs.definition());
            refresh();
        });
        dialog.setConfirmText(getTranslation("templates.concurrent.overwrite", theirs.revision() + 1));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                saved(templates.save(theirs.templateId(), theirs.revision(), mine), true);
            } catch (InvalidInputException ex) {
                Feedback.error(TemplateTexts.message(this, ex.messageKey(), ex.args()));
            } catch (RuntimeException ex) {
                Feedback.attempt(this, () -> {
                    throw ex;
                });
            }
        });
        dialog.open();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!(fieldsEditor == null || !dirty())) {
            UnsavedChanges.confirmLeave(event, this, "template-unsaved-dialog", "templates.unsaved.title",
                    "templates.unsaved.text", "templates.unsaved.stay", "templates.unsaved.leave");
        }
    }

    @Override
    public String getPageTitle() {
        String title = record == null ? getTranslation("templates.new") : record.definition().name();
        return title + " · Baku";
    }
}
