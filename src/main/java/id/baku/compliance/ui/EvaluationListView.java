package id.baku.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.compliance.EvaluationService;
import id.baku.compliance.EvaluationSummary;
import id.baku.compliance.MonitoringService;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.IndonesianDates;
import id.baku.shared.ui.Feedback;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * "Evaluasi SOP": each SOP in force with its Formulir Evaluasi SOP AP of a year (at least once a year),
 * the SOP whose review falls due first at the top.
 */
@Route("evaluation")
@Menu(title = "menu.evaluation", order = 9, icon = "vaadin:clipboard-text")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
public class EvaluationListView extends VerticalLayout implements HasDynamicTitle {

    private final EvaluationService evaluations;
    private final Grid<EvaluationSummary> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final boolean mayAssess;

    public EvaluationListView(EvaluationService evaluations, MonitoringService monitoring) {
        this.evaluations = evaluations;
        this.mayAssess = CurrentUser.get().map(p -> p.hasRole(AppRole.TENANT_ADMIN) || p.hasRole(AppRole.REVIEWER)
                || p.hasRole(AppRole.SIGNER)).orElse(false);
        int now = monitoring.currentHalf().year();
        year.setLabel(getTranslation("monitoring.year"));
        year.setId("evaluation-year");
        List<Integer> years = new ArrayList<>();
        for (int y = now; y > now - 5; y--) {
            years.add(y);
        }
        year.setItems(years);
        year.setValue(now);
        year.addValueChangeListener(e -> refresh());
        grid.setId("evaluation-sops");
        grid.addColumn(EvaluationSummary::sopLabel).setHeader(getTranslation("compliance.sop")).setFlexGrow(4);
        grid.addColumn(EvaluationSummary::unitName).setHeader(getTranslation("compliance.unit")).setFlexGrow(2);
        grid.addColumn(s -> s.reviewDue() == null ? "\u2013" : IndonesianDates.format(s.reviewDue(), getLocale()))
                .setHeader(getTranslation("evaluation.review-due")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("monev.status")).setAutoWidth(true);
        grid.addComponentColumn(this::open).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.none"));
        add(new H2(getTranslation("menu.evaluation")), new Paragraph(getTranslation("evaluation.intro")), year, grid);
        refresh();
    }

    private Component status(EvaluationSummary s) {
        Span status;
        if (s.evaluationId() == null) {
            status = new Span(getTranslation("evaluation.status.none"));
        } else if (!s.finalised()) {
            status = new Span(getTranslation("monev.status.draft"));
            status.getElement().setAttribute("theme", "badge contrast");
        } else {
            status = new Span(getTranslation("evaluation.status.final", getTranslation(s.recommendation().labelKey())));
            status.getElement().setAttribute("theme", s.recommendation() == id.baku.compliance.Recommendation.KEEP
                    ? "badge success" : "badge error");
        }
        return status;
    }

    private Component open(EvaluationSummary s) {
        if (s.evaluationId() == null && !mayAssess) {
            return new Span();
        }
        Button open = new Button(getTranslation(s.evaluationId() == null ? "evaluation.start" : "evaluation.open"), e -> {
            long[] id = new long[1];
            if (Feedback.attempt(this, () -> id[0] = s.evaluationId() != null ? s.evaluationId()
                    : evaluations.open(s.sopId(), year.getValue()))) {
                getUI().ifPresent(ui -> ui.navigate("evaluation/" + id[0]));
            }
        });
        open.addClassName("evaluation-open");
        open.setId("evaluate-" + s.sopId());
        if (s.evaluationId() == null) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return open;
    }

    private void refresh() {
        grid.setItems(year.getValue() == null ? List.of() : evaluations.list(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.evaluation") + " · Baku";
    }
}
