package id.baku.execution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.execution.Deviation;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.RunStatus;
import id.baku.security.AppRoles;
import id.baku.shared.IndonesianDates;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "Pelaksanaan SOP": the runs I started or worked on (all of the pemda's for admins and auditors), and starting one. */
@Route("runs")
@Menu(title = "menu.runs", order = 6, icon = "vaadin:play-circle-o")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class RunsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ExecutionService execution;
    private final ZoneId zone;
    private final Grid<RunRecord> grid = new Grid<>();
    private final Div filterNote = new Div();

    public RunsView(ExecutionService execution, TenantService tenants) {
        this.execution = execution;
        this.zone = tenants.currentProfile().timeZone().zone();
        setSizeFull();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        Button start = new Button(getTranslation("run.start.title"), VaadinIcon.PLAY.create(),
                e -> new StartRunDialog(execution, null).open());
        start.setId("runs-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("runs-grid");
        grid.addColumn(RunRecord::title).setHeader(getTranslation("run.name")).setFlexGrow(3);
        grid.addColumn(r -> r.sopNumber() == null ? r.sopTitle() : r.sopNumber() + " — " + r.sopTitle())
                .setHeader(getTranslation("run.sop")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.status().labelKey()));
            badge.getElement().setAttribute("theme", "badge");
            if (r.status() == RunStatus.COMPLETED) {
                badge.getElement().getThemeList().add("success");
            }
            return badge;
        }).setHeader(getTranslation("run.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span step = new Span(r.currentStep() == 0 ? "–" : getTranslation("run.at-step", r.currentStep()));
            if (r.overdue()) {
                step.getElement().setAttribute("theme", "badge error");
                step.setText(getTranslation("run.at-step-overdue", r.currentStep()));
            }
            return step;
        }).setHeader(getTranslation("run.current")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunRecord::deviations).setHeader(getTranslation("run.deviations")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunRecord::startedBy).setHeader(getTranslation("run.started-by")).setAutoWidth(true);
        grid.addColumn(r -> when.format(r.startedAt().atZone(zone))).setHeader(getTranslation("run.started-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("runs.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("run/" + e.getItem().id())));
        grid.setSizeFull();
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("menu.runs")), start);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWidthFull();
        bar.setFlexGrow(1, bar.getComponentAt(0));
        filterNote.setId("runs-filter");
        filterNote.addClassName("runs-filter");
        filterNote.setVisible(false);
        add(bar, new Paragraph(getTranslation("runs.intro")), filterNote, grid);
    }

    /**
     * {@code ?sop=…&step=…&from=…&to=…[&deviation=late]}: the runs behind a compliance figure, as the
     * dashboard links them; without parameters, my runs.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        var sop = params.getSingleParameter("sop");
        var step = params.getSingleParameter("step");
        if (sop.isPresent() && step.isPresent()) {
            try {
                LocalDate from = LocalDate.parse(params.getSingleParameter("from").orElseThrow());
                LocalDate to = LocalDate.parse(params.getSingleParameter("to").orElseThrow());
                Deviation deviation = params.getSingleParameter("deviation")
                        .map(d -> Deviation.valueOf(d.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(null);
                int stepNumber = Integer.parseInt(step.get());
                grid.setItems(execution.runsWithStep(Long.parseLong(sop.get()), stepNumber,
                        from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), deviation));
                filterNote.removeAll();
                filterNote.add(new Span(getTranslation(deviation == null ? "runs.filter.step" : "runs.filter.deviation",
                        stepNumber, deviation == null ? "" : getTranslation(deviation.labelKey()).toLowerCase(getLocale()),
                        IndonesianDates.format(from, getLocale()), IndonesianDates.format(to, getLocale()))),
                        new Anchor("runs", getTranslation("runs.filter.all")));
                filterNote.setVisible(true);
                return;
            } catch (RuntimeException e) {
                // An edited link: fall back to my runs.
            }
        }
        filterNote.setVisible(false);
        grid.setItems(execution.myRuns());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.runs") + " · Baku";
    }
}
