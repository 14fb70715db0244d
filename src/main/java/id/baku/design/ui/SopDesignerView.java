package id.baku.design.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.baku.design.DesignerExtension;
import id.baku.design.SopContent;
import id.baku.design.SopProblem;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.design.SopVersionRecord;
import id.baku.design.TemplateDefinition;
import id.baku.design.TemplateService;
import id.baku.design.flowchart.FlowchartLayout;
import id.baku.design.flowchart.FlowchartStyle;
import id.baku.design.flowchart.FlowchartSvg;
import id.baku.security.AppRoles;
import id.baku.shared.InvalidInputException;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.UnsavedChanges;
import id.baku.tenant.LegalBasisService;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SOP designer: the identity section and the step table on the left, the official flowchart
 * on the right, redrawn as the author types. Drafts save whatever their problems; the problems
 * are listed and marked on their fields.
 */
@Route("sop")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class SopDesignerView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle,
        com.vaadin.flow.router.HasUrlParameter<Long> {

    private final SopService sops;
    private final TemplateService templates;
    private final List<DesignerExtension> extensions;
    private final Span templateInfo = new Span();
    private final OrganisationService organisation;
    private final LegalBasisService legalBases;
    private final ZoneId zone;
    private final H2 heading = new H2();
    private final Span status = new Span();
    private final Span savedInfo = new Span();
    private final Div preview = new Div();
    private final Span previewEmpty = new Span();
    private final Span total = new Span();
    private final UnorderedList problemList = new UnorderedList();
    private final Tab problemsTab = new Tab();
    /** The problems last shown, marked again on the step fields when the Langkah tab first builds them. */
    private List<SopProblem> problems = List.of();
    private IdentityForm identity;
    private StepsEditor stepsEditor;
    private SopVersionRecord record;
    private SopContent saved;
    private Long savedUnit;
    private boolean editable;
    private long sopId;
    private List<UnitRecord> units;
    private TemplateDefinition template;
    private HorizontalLayout headerBar;

    public SopDesignerView(SopService sops, TemplateService templates, OrganisationService organisation,
                           LegalBasisService legalBases, TenantService tenants, List<DesignerExtension> extensions) {
        this.sops = sops;
        this.extensions = extensions;
        this.templates = templates;
        this.organisation = organisation;
        this.legalBases = legalBases;
        this.zone = tenants.currentProfile().timeZone().zone();
        setSizeFull();
        setPadding(false);
        addClassName("sop-designer");
        UnsavedChanges.guard(this);
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, Long parameter) {
        this.sopId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SopVersionRecord found = sops.latest(sopId).orElse(null);
        if (found == null) {
            event.forwardTo(SopListView.class);
            Feedback.error(getTranslation("error.not-found"));
            return;
        }
        build(found);
    }

    private void build(SopVersionRecord version) {
        removeAll();
        this.record = version;
        this.editable = version.editable() && SopListView.canDesign();
        units = organisation.listUnits();
        Map<Long, String> sopTitles = sops.list(SopQuery.all()).stream().filter(s -> s.sopId() != version.sopId())
                .collect(Collectors.toMap(SopSummary::sopId, SopSummary::title));
        template = sops.template(version.templateVersionId());
        identity = new IdentityForm(template, version.content(), units, organisation.listPositions(), legalBases.list(),
                sopTitles);
        stepsEditor = new StepsEditor(organisation.listPositions(), template);
        show(version);
        identity.onChange(this::changed);
        stepsEditor.onChange(this::changed);
        stepsEditor.onRendered(() -> showProblems(this.problems));
        identity.setFormReadOnly(!editable);
        stepsEditor.setEditorReadOnly(!editable);

        TabSheet tabs = new TabSheet();
        tabs.setId("sop-tabs");
        tabs.add(new Tab(getTranslation("sop.tab.identity")), identity).setId("tab-identity");
        tabs.add(new Tab(getTranslation("sop.tab.steps")), stepsEditor).setId("tab-steps");
        Div problemsPane = new Div(problemList);
        problemsPane.addClassName("problems");
        tabs.add(problemsTab, problemsPane);
        problemsTab.setId("tab-problems");
        for (DesignerExtension extension : extensions) {
            for (DesignerExtension.Tab extra : extension.tabs(version)) {
                tabs.add(new Tab(extra.title()), extra.content()).setId(extra.id());
            }
        }
        tabs.setSizeFull();

        preview.setId("flowchart-preview");
        preview.addClassName("flowchart-preview");
        total.setId("total-time");
        total.addClassName("total-time");
        previewEmpty.setId("flowchart-empty");
        previewEmpty.addClassName("flowchart-empty");
        previewEmpty.setText(getTranslation("sop.preview.empty"));
        Div previewPane = new Div(new Span(getTranslation("sop.preview")), total, previewEmpty, preview);
        previewPane.addClassName("preview-pane");

        SplitLayout split = new SplitLayout(tabs, previewPane);
        split.setSplitterPosition(58);
        split.setSizeFull();
        headerBar = header();
        add(headerBar, split);
        setFlexGrow(1, split);
        refresh();
    }

    private void show(SopVersionRecord version) {
        this.record = version;
        this.saved = version.content();
        this.savedUnit = version.unitId();
        identity.show(units.stream().filter(u -> u.id() == version.unitId()).findFirst().orElse(null), version.content());
        stepsEditor.show(version.content().executors(), version.content().steps());
        status.removeAll();
        status.add(SopListView.statusBadge(version.status()));
        templateInfo.setText(version.templateVersionId() == null ? getTranslation("sop.template.national")
                : templates.version(version.templateVersionId()).map(t -> getTranslation("sop.template.info",
                t.definition().name(), t.revision())).orElse(""));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        savedInfo.setText(getTranslation("sop.saved-info", version.revision(), when.format(version.updatedAt().atZone(zone)),
                Objects.requireNonNullElse(version.updatedBy(), "")));
    }

    private HorizontalLayout header() {
        Button back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate(SopListView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        back.setAriaLabel(getTranslation("sop.back"));
        back.setTooltipText(getTranslation("sop.back"));
        heading.addClassName("sop-heading");
        savedInfo.addClassName("saved-info");
        templateInfo.addClassName("saved-info");
        templateInfo.setId("sop-template-info");
        Div titles = new Div(heading, new Div(status, savedInfo, templateInfo));
        titles.addClassName("sop-titles");
        HorizontalLayout bar = new HorizontalLayout(back, titles);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, titles);
        bar.addClassName("designer-header");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] yaml = sops.exportYaml(record.versionId()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(yaml), fileName(), "application/yaml", yaml.length);
        }), "");
        Button exportButton = new Button(getTranslation("sop.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTooltipText(getTranslation("sop.export.help"));
        export.add(exportButton);
        export.setId("sop-export");
        export.getElement().setAttribute("download", true);
        for (DesignerExtension extension : extensions) {
            extension.actions(record, new DesignerExtension.Context(this::reload, this::dirty, () -> record)).forEach(bar::add);
        }
        Button versions = new Button(getTranslation("history.open"), VaadinIcon.CLOCK.create(),
                e -> new VersionHistoryDialog(sops, legalBases, zone, record.sopId()).open());
        versions.setId("sop-versions");
        versions.setTooltipText(getTranslation("history.open.help"));
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(versions);
        if (editable && sops.newerTemplate(record.templateVersionId())) {
            Button move = new Button(getTranslation("sop.template.move"), VaadinIcon.REFRESH.create(), e -> moveTemplate());
            move.setId("sop-template-move");
            move.setTooltipText(getTranslation("sop.template.move.help"));
            move.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(move);
        }
        if (editable) {
            Button delete = new Button(getTranslation("sop.delete"), VaadinIcon.TRASH.create(), e -> delete());
            delete.setId("sop-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), e -> save());
            save.setId("sop-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL)
                    .setBrowserDefaultAllowed(false);
            bar.add(delete, export, save);
        } else {
            Span readOnly = new Span(getTranslation(record.editable() ? "sop.read-only.role" : "sop.read-only.status"));
            readOnly.addClassName("read-only-note");
            bar.add(readOnly, export);
        }
        return bar;
    }

    /** The header's actions depend on the saved version (e.g. Ajukan once it has no problems left). */
    private void refreshHeader() {
        HorizontalLayout fresh = header();
        replace(headerBar, fresh);
        headerBar = fresh;
    }

    private String fileName() {
        String title = Objects.requireNonNullElse(record.content().title(), "sop").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (title.isEmpty() ? "sop" : title.substring(0, Math.min(60, title.length()))) + ".yaml";
    }

    private SopContent current() {
        return identity.content(stepsEditor.executors(), stepsEditor.steps());
    }

    private boolean dirty() {
        return editable && (!current().equals(saved.normalized()) || !Objects.equals(identity.unitId(), savedUnit));
    }

    private void changed() {
        refresh();
    }

    /** Redraws the flowchart, the total time and the problems from what is on screen. */
    private void refresh() {
        SopContent content = current();
        heading.setText(content.title() == null ? getTranslation("sop.untitled") : content.title());
        total.setText(getTranslation("sop.total-time", content.totalMinutes()));
        // The SVG goes in as markup; the "no steps yet" hint is a separate element, so the two never mix.
        previewEmpty.setVisible(content.steps().isEmpty());
        preview.setVisible(!content.steps().isEmpty());
        preview.getElement().setProperty("innerHTML", content.steps().isEmpty() ? ""
                : FlowchartSvg.write(FlowchartLayout.of(content, FlowchartStyle.standard()), true));
        List<SopProblem> problems = sops.problems(record.sopId(), content, record.templateVersionId());
        if (identity.unitId() == null) {
            problems = new java.util.ArrayList<>(problems);
            problems.add(new SopProblem("unit", "validation.required", List.of()));
        }
        showProblems(problems);
        UnsavedChanges.mark(this, dirty());
    }

    private void showProblems(List<SopProblem> problems) {
        this.problems = problems;
        Map<String, HasValidation> fields = new HashMap<>(identity.fields());
        fields.putAll(stepsEditor.fields());
        fields.values().forEach(f -> f.setInvalid(false));
        problemList.removeAll();
        Set<Integer> stepsWithProblems = new HashSet<>();
        Map<String, String> firstMessage = new HashMap<>();
        for (SopProblem p : problems) {
            String message = getTranslation(p.key(), p.argsArray());
            problemList.add(new ListItem(label(p.field()) + ": " + message));
            firstMessage.putIfAbsent(p.field(), message);
            if (p.field().startsWith("step.")) {
                stepsWithProblems.add(Integer.parseInt(p.field().split("\\.")[1]));
            }
        }
        if (editable) {
            firstMessage.forEach((field, message) -> {
                HasValidation f = fields.get(field);
                if (f != null) {
                    f.setErrorMessage(message);
                    f.setInvalid(true);
                }
            });
        }
        stepsEditor.markSteps(stepsWithProblems);
        problemsTab.setLabel(getTranslation("sop.tab.problems", problems.size()));
        problemsTab.getElement().getClassList().set("has-problems", !problems.isEmpty());
        if (problems.isEmpty()) {
            problemList.add(new ListItem(getTranslation("sop.problems.none")));
        }
    }

    /** "Langkah 3 · Tidak" for "step.3.no"; the field's label for identity fields. */
    private String label(String field) {
        String fromTemplate = identity.labelOf(field);
        if (fromTemplate != null) {
            return fromTemplate;
        }
        String[] parts = field.split("\\.");
        return switch (parts[0]) {
            case "step" -> parts.length > 2 ? getTranslation("sop.step.number", parts[1]) + " · " + stepFieldLabel(parts)
                    : getTranslation("sop.step.number", parts[1]);
            case "executor" -> getTranslation("sop.executor.column", parts[1]);
            case "related" -> getTranslation("sop.related");
            default -> getTranslation("sop.field." + field);
        };
    }

    private String stepFieldLabel(String[] parts) {
        if (parts[2].equals("extra") && parts.length > 3) {
            return template.label(parts[3]);
        }
        if (List.of("activity", "requirements", "time", "output", "notes").contains(parts[2])) {
            return template.label(parts[2]);
        }
        return getTranslation("sop.field." + parts[2]);
    }

    private void save() {
        Long unitId = identity.unitId();
        if (unitId == null) {
            Feedback.error(getTranslation("sop.error.unit-required"));
            return;
        }
        SopContent content = current();
        try {
            SopVersionRecord result = sops.saveDraft(record.versionId(), record.version(), unitId, content);
            record = result;
            saved = result.content();
            savedUnit = result.unitId();
            show(result);
            refresh();
            refreshHeader();
            Feedback.success(result.problems().isEmpty() ? getTranslation("sop.saved")
                    : getTranslation("sop.saved-with-problems", result.problems().size()));
        } catch (InvalidInputException e) {
            if ("error.concurrent-change".equals(e.messageKey())) {
                concurrentChange(unitId, content);
            } else {
                Feedback.attempt(this, identity.fields(), () -> {
                    throw e;
                });
            }
        } catch (RuntimeException e) {
            Feedback.attempt(this, () -> {
                throw e;
            });
        }
    }

    /**
     * Someone saved this draft since it was opened. Nothing is lost: the author's work stays on
     * screen, and they choose to keep it (overwriting the other save) or to take the newer draft.
     */
    private void concurrentChange(long unitId, SopContent mine) {
        SopVersionRecord theirs = sops.latest(record.sopId()).orElseThrow();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("concurrent-change-dialog");
        dialog.setHeader(getTranslation("sop.concurrent.title"));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("HH:mm", getLocale());
        dialog.setText(getTranslation("sop.concurrent.text", Objects.requireNonNullElse(theirs.updatedBy(), "?"),
                when.format(theirs.updatedAt().atZone(zone))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("sop.concurrent.keep-editing"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("sop.concurrent.take-theirs"));
        dialog.addRejectListener(e -> {
            show(theirs);
            refresh();
        });
        dialog.setConfirmText(getTranslation("sop.concurrent.overwrite"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> Feedback.attempt(this, () -> {
            SopVersionRecord result = sops.saveDraft(theirs.versionId(), theirs.version(), unitId, mine);
            record = result;
            saved = result.content();
            savedUnit = result.unitId();
            show(result);
            refresh();
            refreshHeader();
            Feedback.success(getTranslation("sop.saved"));
        }));
        dialog.open();
    }

    /** After a lifecycle step: the newest version of the SOP, with nothing unsaved left behind. */
    private void reload() {
        sops.latest(record.sopId()).ifPresent(this::build);
    }

    /** Rebuilds the form on the newest template version; unsaved work is saved first so nothing is lost. */
    private void moveTemplate() {
        if (dirty()) {
            Feedback.error(getTranslation("sop.template.save-first"));
            return;
        }
        if (Feedback.attempt(this, () -> build(sops.moveToLatestTemplate(record.versionId(), record.version())))) {
            Feedback.success(getTranslation("sop.template.moved"));
        }
    }

    private void delete() {
        Confirm.delete(this, Objects.requireNonNullElse(record.content().title(), ""), () -> {
            if (Feedback.attempt(this, () -> sops.deleteDraft(record.sopId()))) {
                saved = current();
                savedUnit = identity.unitId();
                Feedback.success(getTranslation("sop.deleted"));
                getUI().ifPresent(ui -> ui.navigate(SopListView.class));
            }
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!(record == null || !dirty())) {
            UnsavedChanges.confirmLeave(event, this, "unsaved-dialog", "sop.unsaved.title",
                    "sop.unsaved.text", "sop.unsaved.stay", "sop.unsaved.leave");
        }
    }

    @Override
    public String getPageTitle() {
        String title = record == null || record.content().title() == null ? getTranslation("menu.sops") : record.content().title();
        return title + " · Baku";
    }
}
