package id.baku.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.compliance.HalfYear;
import id.baku.compliance.MonitoringService;
import id.baku.compliance.MonitoringSummary;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "Monitoring SOP": the Formulir Monitoring Pelaksanaan SOP AP of each unit and half-year. A supervisor
 * opens the form of a unit and half-year; Baku lists the unit's SOPs with what the execution data propose.
 */
@Route("monitoring")
@Menu(title = "menu.monitoring", order = 8, icon = "vaadin:clipboard-check")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
public class MonitoringListView extends VerticalLayout implements HasDynamicTitle {

    private final MonitoringService monitoring;
    private final Grid<MonitoringSummary> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();

    public MonitoringListView(MonitoringService monitoring, OrganisationService organisation) {
        this.monitoring = monitoring;
        HalfYear now = monitoring.currentHalf();
        add(new H2(getTranslation("menu.monitoring")), new Paragraph(getTranslation("monitoring.intro")));

        boolean mayAssess = CurrentUser.get().map(p -> p.hasRole(AppRole.TENANT_ADMIN) || p.hasRole(AppRole.REVIEWER)
                || p.hasRole(AppRole.SIGNER)).orElse(false);
        if (mayAssess) {
            ComboBox<UnitRecord> unit = new ComboBox<>(getTranslation("compliance.unit"));
            unit.setId("monitoring-unit");
            unit.setItems(organisation.listUnits().stream()
                    .sorted(Comparator.comparing(UnitRecord::name, String.CASE_INSENSITIVE_ORDER)).toList());
            unit.setItemLabelGenerator(UnitRecord::name);
            unit.setWidth("26em");
            ComboBox<HalfYear> period = new ComboBox<>(getTranslation("monitoring.period"));
            period.setId("monitoring-period");
            List<HalfYear> halves = new ArrayList<>();
            for (HalfYear h = now; halves.size() < 6; h = h.previous()) {
                halves.add(h);
            }
            period.setItems(halves);
            period.setItemLabelGenerator(h -> getTranslation(h.labelKey(), String.valueOf(h.year())));
            period.setValue(now);
            period.setWidth("20em");
            Button open = new Button(getTranslation("monitoring.open"), e -> {
                if (unit.getValue() == null) {
                    unit.setErrorMessage(getTranslation("validation.required"));
                    unit.setInvalid(true);
                    return;
                }
                long[] id = new long[1];
                if (Feedback.attempt(this, Map.of(), () -> id[0] = monitoring.open(unit.getValue().id(), period.getValue()))) {
                    getUI().ifPresent(ui -> ui.navigate("monitoring/" + id[0]));
                }
            });
            open.setId("monitoring-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout opening = new HorizontalLayout(unit, period, open);
            opening.setAlignItems(Alignment.BASELINE);
            opening.setWrap(true);
            add(new H3(getTranslation("monitoring.new")), opening);
        }

        year.setLabel(getTranslation("monitoring.year"));
        year.setId("monitoring-year");
        List<Integer> years = new ArrayList<>();
        for (int y = now.year(); y > now.year() - 5; y--) {
            years.add(y);
        }
        year.setItems(years);
        year.setValue(now.year());
        year.addValueChangeListener(e -> refresh());
        grid.setId("monitoring-forms");
        grid.addComponentColumn(m -> new Anchor("monitoring/" + m.id(), m.unitName()))
                .setHeader(getTranslation("compliance.unit")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.period().labelKey(), String.valueOf(m.period().year())))
                .setHeader(getTranslation("monitoring.period")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("monitoring.progress", m.assessed(), m.rows()))
                .setHeader(getTranslation("monitoring.assessed")).setAutoWidth(true);
        grid.addColumn(MonitoringSummary::poor).setHeader(getTranslation("monitoring.assessment.poor")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Span status = new Span(getTranslation(m.finalised() ? "monev.status.final" : "monev.status.draft"));
            status.getElement().setAttribute("theme", m.finalised() ? "badge success" : "badge contrast");
            return status;
        }).setHeader(getTranslation("monev.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("monitoring.none"));
        add(new H3(getTranslation("monitoring.forms")), year, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(year.getValue() == null ? List.of() : monitoring.list(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.monitoring") + " · Baku";
    }
}
