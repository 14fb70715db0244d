package id.baku.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.design.TemplateService;
import id.baku.design.TemplateSummary;
import id.baku.design.ui.template.TemplateImport;
import id.baku.design.ui.template.TemplateTexts;
import id.baku.security.AppRoles;
import id.baku.shared.InvalidInputException;
import id.baku.shared.ui.Confirm;
import id.baku.shared.ui.Feedback;
import jakarta.annotation.security.RolesAllowed;

/**
 * Template SOP: the pemda's forms for SOP AP. The default one is what new SOPs get; a template no
 * SOP was made with can be deleted. Opening one leads to the builder.
 */
@Route("admin/templates")
@Menu(title = "menu.templates", order = 24, icon = "vaadin:form")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final TemplateService templates;
    private final Grid<TemplateSummary> grid = new Grid<>();

    public TemplatesView(TemplateService templates) {
        this.templates = templates;
        setSizeFull();
        addClassName("admin-view");

        Button add = new Button(getTranslation("templates.new"), VaadinIcon.PLUS.create(),
                e -> open(TemplateEditorView.NEW));
        add.setId("template-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button upload = new Button(getTranslation("templates.import"), VaadinIcon.UPLOAD.create(),
                e -> TemplateImport.open(this, templates, created -> open(String.valueOf(created.templateId()))));
        upload.setId("template-import");
        HorizontalLayout toolbar = new HorizontalLayout(add, upload);
        toolbar.addClassName("toolbar");

        grid.setId("templates-grid");
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("templates.name")).setFlexGrow(3);
        grid.addColumn(t -> getTranslation("templates.version", t.revision())).setHeader(getTranslation("templates.revision"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::defaultBadge).setHeader(getTranslation("templates.default"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TemplateSummary::sopVersions).setHeader(getTranslation("templates.used-by"))
                .setTooltipGenerator(t -> getTranslation("templates.used-by.help")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("templates.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(String.valueOf(e.getItem().templateId())));
        grid.setEmptyStateText(getTranslation("templates.empty"));
        grid.setSizeFull();

        add(new H2(getTranslation("menu.templates")), new Paragraph(getTranslation("templates.intro")), toolbar, grid);
        refresh();
    }

    private Div nameCell(TemplateSummary t) {
        Div name = new Div(t.name());
        name.addClassName("template-name-cell");
        Div cell = new Div(name);
        if (t.description() != null) {
            Div description = new Div(t.description());
            description.addClassName("template-description-cell");
            cell.add(description);
        }
        return cell;
    }

    private Span defaultBadge(TemplateSummary t) {
        Span badge = new Span();
        if (t.defaultTemplate()) {
            badge.setText(getTranslation("templates.default.badge"));
            badge.getElement().setAttribute("theme", "badge success pill");
            badge.addClassName("template-default-badge");
        }
        return badge;
    }

    private HorizontalLayout actions(TemplateSummary t) {
        Button makeDefault = new Button(getTranslation("templates.make-default"), VaadinIcon.STAR.create(),
                e -> makeDefault(t));
        makeDefault.setId("template-default-" + t.templateId());
        makeDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        makeDefault.setEnabled(!t.defaultTemplate());
        makeDefault.setTooltipText(getTranslation("templates.make-default.help"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(t));
        delete.setId("template-delete-" + t.templateId());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_ICON);
        delete.setAriaLabel(getTranslation("action.delete"));
        boolean deletable = !t.defaultTemplate() && t.sopVersions() == 0;
        delete.setEnabled(deletable);
        delete.setTooltipText(getTranslation(t.defaultTemplate() ? "templates.delete.default"
                : t.sopVersions() > 0 ? "templates.delete.used" : "action.delete"));
        for (Button b : new Button[]{makeDefault, delete}) {
            // The row opens the builder on click; the buttons do their own thing only.
            b.getElement().addEventListener("click", e -> {
            }).addEventData("event.stopPropagation()");
        }
        HorizontalLayout actions = new HorizontalLayout(makeDefault, delete);
        actions.setSpacing(false);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void makeDefault(TemplateSummary t) {
        if (attempt(() -> templates.makeDefault(t.templateId()))) {
            Feedback.success(getTranslation("templates.made-default", t.name()));
            refresh();
        }
    }

    private void delete(TemplateSummary t) {
        Confirm.delete(this, t.name(), () -> {
            if (attempt(() -> templates.delete(t.templateId()))) {
                Feedback.success(getTranslation("templates.deleted", t.name()));
                refresh();
            }
        });
    }

    /** The service's refusals carry its own message keys; they are shown in words whatever happens. */
    private boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            Feedback.error(TemplateTexts.message(this, e.messageKey(), e.args()));
            return false;
        } catch (RuntimeException e) {
            return Feedback.attempt(this, () -> {
                throw e;
            });
        }
    }

    private void refresh() {
        grid.setItems(templates.list());
    }

    private void open(String parameter) {
        getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class, parameter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.templates") + " · Baku";
    }
}
