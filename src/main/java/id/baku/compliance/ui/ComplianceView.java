package id.baku.compliance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import id.baku.compliance.ComplianceCharts;
import id.baku.compliance.ComplianceExtension;
import id.baku.compliance.ComplianceFigures;
import id.baku.compliance.ComplianceFilter;
import id.baku.compliance.ComplianceService;
import id.baku.compliance.SopRef;
import id.baku.compliance.StepFigure;
import id.baku.design.SopQuery;
import id.baku.design.SopService;
import id.baku.design.SopSummary;
import id.baku.security.AppRoles;
import id.baku.shared.IndonesianDates;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.TenantService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Kepatuhan SOP": how SOPs are followed, per pemda, unit, SOP and period — runs, the share within
 * the Mutu Baku, deviations by kind, time per step against the standard, bottlenecks, the monthly
 * trend and SOPs never run. A step row opens the runs behind it.
 */
@Route("compliance")
@Menu(title = "menu.compliance", order = 7, icon = "vaadin:chart")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.AUDITOR})
public class ComplianceView extends VerticalLayout implements HasDynamicTitle {

    private final ComplianceService compliance;
    private final ComboBox<UnitRecord> unit = new ComboBox<>();
    private final ComboBox<SopSummary> sop = new ComboBox<>();
    private final ComboBox<YearMonth> from = new ComboBox<>();
    private final ComboBox<YearMonth> to = new ComboBox<>();
    private final Div content = new Div();
    private final ZoneId zone;
    private final List<ComplianceExtension> extensions;

    public ComplianceView(ComplianceService compliance, SopService sops, OrganisationService organisation,
                          TenantService tenants, List<ComplianceExtension> extensions) {
        this.compliance = compliance;
        this.extensions = extensions;
        addClassName("compliance-view");
        setWidthFull();
        this.zone = tenants.currentProfile().timeZone().zone();
        YearMonth now = YearMonth.now(zone);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i));
        }
        unit.setId("compliance-unit");
        unit.setLabel(getTranslation("compliance.unit"));
        unit.setPlaceholder(getTranslation("compliance.unit.all"));
        unit.setClearButtonVisible(true);
        unit.setItems(organisation.listUnits().stream()
                .sorted(Comparator.comparing(UnitRecord::name, String.CASE_INSENSITIVE_ORDER)).toList());
        unit.setItemLabelGenerator(UnitRecord::name);
        sop.setId("compliance-sop");
        sop.setLabel(getTranslation("compliance.sop"));
        sop.setPlaceholder(getTranslation("compliance.sop.all"));
        sop.setClearButtonVisible(true);
        sop.setItems(sops.list(SopQuery.all()));
        sop.setItemLabelGenerator(s -> s.number() == null ? s.title() : s.number() + " — " + s.title());
        sop.setWidth("28em");
        for (ComboBox<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(this::month);
            month.setWidth("11em");
        }
        from.setId("compliance-from");
        from.setLabel(getTranslation("compliance.from"));
        from.setValue(now.minusMonths(5));
        to.setId("compliance-to");
        to.setLabel(getTranslation("compliance.to"));
        to.setValue(now);
        Button show = new Button(getTranslation("compliance.show"), e -> refresh());
        show.setId("compliance-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(unit, sop, from, to, show);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);
        content.setId("compliance-content");
        content.setWidthFull();
        add(new H2(getTranslation("menu.compliance")), new Paragraph(getTranslation("compliance.intro")), filters, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            to.setErrorMessage(getTranslation("compliance.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        ComplianceFilter filter = new ComplianceFilter(unit.getValue() == null ? null : unit.getValue().id(),
                sop.getValue() == null ? null : sop.getValue().sopId(), from.getValue(), to.getValue());
        ComplianceFigures f = compliance.figures(filter);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        FlexLayout kpis = new FlexLayout(
                kpi("kpi-runs", getTranslation("compliance.kpi.runs"), f.runsStarted() + " / " + f.runsCompleted(),
                        getTranslation("compliance.kpi.runs.help")),
                kpi("kpi-runs-within", getTranslation("compliance.kpi.runs-within"), percent.format(f.runsWithinShare()),
                        getTranslation("compliance.kpi.of", f.runsCompletedWithin(), f.runsCompleted())),
                kpi("kpi-steps-within", getTranslation("compliance.kpi.steps-within"), percent.format(f.stepsWithinShare()),
                        getTranslation("compliance.kpi.of", f.stepsWithinStandard(), f.stepExecutions())),
                kpi("kpi-deviations", getTranslation("compliance.kpi.deviations"),
                        String.valueOf(f.late() + f.incomplete() + f.noOutput()),
                        getTranslation("compliance.kpi.deviations.help", f.late(), f.incomplete(), f.noOutput())));
        kpis.addClassName("compliance-kpis");
        kpis.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        content.add(kpis);

        FlexLayout charts = new FlexLayout(
                chart("chart-trend", getTranslation("compliance.chart.trend"),
                        ComplianceCharts.trend(f.trend(), this::getTranslation, m -> month(m.month()), 520, 300)),
                chart("chart-deviations", getTranslation("compliance.chart.deviations"),
                        ComplianceCharts.deviations(f, this::getTranslation, 360, 300)));
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.addClassName("compliance-charts");
        content.add(charts);
        if (!f.bottlenecks().isEmpty()) {
            content.add(chart("chart-bottlenecks", getTranslation("compliance.bottlenecks"),
                    ComplianceCharts.stepTimes(f.bottlenecks(), this::getTranslation,
                            s -> s.sopTitle() + " · " + getTranslation("run.at-step", s.step()), 900,
                            90 + 45 * f.bottlenecks().size())));
        }
        content.add(new H3(getTranslation("compliance.steps")), exports(filter), steps(f, filter));
        content.add(new H3(getTranslation("compliance.never-run")));
        if (f.neverRun().isEmpty()) {
            content.add(new Paragraph(getTranslation("compliance.never-run.none")));
        } else {
            UnorderedList never = new UnorderedList();
            never.setId("compliance-never-run");
            for (SopRef s : f.neverRun()) {
                never.add(new ListItem(new Anchor("sop/" + s.sopId(), s.number() == null ? s.title()
                        : s.number() + " — " + s.title())));
            }
            content.add(never);
        }
    }

    private Component steps(ComplianceFigures f, ComplianceFilter filter) {
        Grid<StepFigure> grid = new Grid<>();
        grid.setId("compliance-steps");
        grid.addColumn(StepFigure::sopTitle).setHeader(getTranslation("compliance.sop")).setFlexGrow(2);
        grid.addColumn(s -> s.step() + ". " + s.activity()).setHeader(getTranslation("run.step")).setFlexGrow(3);
        grid.addColumn(StepFigure::executions).setHeader(getTranslation("compliance.executions")).setAutoWidth(true);
        grid.addColumn(s -> minutes(s.averageMinutes())).setHeader(getTranslation("compliance.average")).setAutoWidth(true);
        grid.addColumn(s -> s.p90Minutes() == null ? "–" : minutes(s.p90Minutes())).setHeader("p90").setAutoWidth(true);
        grid.addColumn(s -> s.standardMinutes() + " " + getTranslation("compliance.minutes"))
                .setHeader(getTranslation("compliance.standard")).setAutoWidth(true);
        grid.addComponentColumn(s -> runsLink(filter, s, "late", s.late())).setHeader(getTranslation("execution.deviation.late"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> runsLink(filter, s, "incomplete", s.incomplete()))
                .setHeader(getTranslation("execution.deviation.incomplete")).setAutoWidth(true);
        grid.addComponentColumn(s -> runsLink(filter, s, "no-output", s.noOutput()))
                .setHeader(getTranslation("execution.deviation.no-output")).setAutoWidth(true);
        grid.addComponentColumn(s -> runsLink(filter, s, null, s.executions())).setHeader(getTranslation("compliance.runs"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(f.steps());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("compliance.steps.empty"));
        return grid;
    }

    /**
     * The rows behind the figures: every completed step of the filter, as CSV or XLSX, written straight
     * into the response as they are read (a year of a large pemda is a million rows).
     */
    private Component exports(ComplianceFilter filter) {
        String name = "kepatuhan-sop-" + filter.from() + "-" + filter.to();
        Anchor csv = new Anchor((DownloadEvent e) -> {
            e.setFileName(name + ".csv");
            e.setContentType("text/csv");
            try (OutputStream out = e.getOutputStream()) {
                compliance.csv(filter, zone, this::getTranslation, out);
            }
        }, getTranslation("compliance.export.csv"));
        csv.setId("compliance-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor((DownloadEvent e) -> {
            e.setFileName(name + ".xlsx");
            e.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = e.getOutputStream()) {
                compliance.xlsx(filter, zone, this::getTranslation, out);
            }
        }, getTranslation("compliance.export.xlsx"));
        xlsx.setId("compliance-xlsx");
        xlsx.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(new Span(getTranslation("compliance.export.intro")), csv, xlsx);
        extensions.forEach(extension -> extension.actions(filter).forEach(links::add));
        links.setAlignItems(Alignment.BASELINE);
        return links;
    }

    /** A figure that opens the runs behind it. */
    private Component runsLink(ComplianceFilter filter, StepFigure s, String deviation, int count) {
        if (count == 0) {
            return new Span("0");
        }
        String href = "runs?sop=" + s.sopId() + "&step=" + s.step() + "&from=" + filter.from().atDay(1)
                + "&to=" + filter.to().atEndOfMonth() + (deviation == null ? "" : "&deviation=" + deviation);
        Anchor link = new Anchor(href, String.valueOf(count));
        link.addClassName("compliance-runs-link");
        return link;
    }

    private Component kpi(String id, String label, String value, String help) {
        Div card = new Div(new Span(label), new Span(value), new Span(help));
        card.setId(id);
        card.addClassName("compliance-kpi");
        return card;
    }

    private Component chart(String id, String title, String svg) {
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg);
        Div box = new Div(new H3(title), chart);
        box.setId(id);
        box.addClassName("compliance-chart");
        return box;
    }

    private String month(YearMonth m) {
        return IndonesianDates.shortMonth(m, getLocale());
    }

    private String minutes(double value) {
        return (Math.round(value * 10) / 10.0) + " " + getTranslation("compliance.minutes");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.compliance") + " · Baku";
    }
}
