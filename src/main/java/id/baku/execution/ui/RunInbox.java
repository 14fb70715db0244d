package id.baku.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.RunStatus;
import id.baku.execution.Task;
import id.baku.shared.ui.InboxSection;
import id.baku.tenant.TenantService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The steps of running SOPs waiting for the user, on "Tugas saya": overdue first, marked red; then the
 * runs still going that the user started or worked on.
 */
@org.springframework.stereotype.Component
class RunInbox implements InboxSection {

    private final ExecutionService execution;
    private final TenantService tenants;

    RunInbox(ExecutionService execution, TenantService tenants) {
        this.execution = execution;
        this.tenants = tenants;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> build() {
        UI ui = UI.getCurrent();
        List<Task> tasks = execution.myTasks();
        ZoneId zone = tenants.currentProfile().timeZone().zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", ui.getLocale());
        Grid<Task> grid = new Grid<>();
        grid.setId("step-tasks-grid");
        grid.addComponentColumn(t -> {
            Span due = new Span(when.format(t.dueAt().atZone(zone)));
            if (t.overdue()) {
                due.getElement().setAttribute("theme", "badge error");
                due.getElement().setAttribute("title", ui.getTranslation("run.overdue"));
            }
            return due;
        }).setHeader(ui.getTranslation("run.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> ui.getTranslation("run.step-of", t.step(), t.activity())).setHeader(ui.getTranslation("run.step"))
                .setFlexGrow(3);
        grid.addColumn(Task::runTitle).setHeader(ui.getTranslation("run.name")).setFlexGrow(2);
        grid.addColumn(Task::sopTitle).setHeader(ui.getTranslation("run.sop")).setFlexGrow(2);
        grid.addColumn(t -> t.takenBy() == null ? ui.getTranslation(t.status().labelKey())
                : ui.getTranslation("run.taken-by", t.takenBy())).setHeader(ui.getTranslation("run.status")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(t -> t.overdue() ? "task-overdue" : null);
        grid.setItems(tasks);
        grid.setEmptyStateText(ui.getTranslation("run.tasks.empty"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> ui.navigate("run/" + e.getItem().runId()));
        Div section = new Div(new H3(ui.getTranslation("run.tasks.heading")),
                new Paragraph(ui.getTranslation("run.tasks.intro")), grid);
        List<RunRecord> running = execution.myRuns().stream().filter(r -> r.status() == RunStatus.RUNNING).toList();
        if (!running.isEmpty()) {
            Grid<RunRecord> runs = new Grid<>();
            runs.setId("my-runs-grid");
            runs.addColumn(RunRecord::title).setHeader(ui.getTranslation("run.name")).setFlexGrow(3);
            runs.addColumn(RunRecord::sopTitle).setHeader(ui.getTranslation("run.sop")).setFlexGrow(3);
            runs.addComponentColumn(r -> {
                Span step = new Span(ui.getTranslation(r.overdue() ? "run.at-step-overdue" : "run.at-step", r.currentStep()));
                if (r.overdue()) {
                    step.getElement().setAttribute("theme", "badge error");
                }
                return step;
            }).setHeader(ui.getTranslation("run.current")).setAutoWidth(true).setFlexGrow(0);
            runs.addColumn(RunRecord::startedBy).setHeader(ui.getTranslation("run.started-by")).setAutoWidth(true);
            runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            runs.setItems(running);
            runs.setAllRowsVisible(true);
            runs.addItemClickListener(e -> ui.navigate("run/" + e.getItem().id()));
            section.add(new H3(ui.getTranslation("run.my-runs.heading")), runs);
        }
        section.setId("step-tasks");
        section.setWidthFull();
        return Optional.of(section);
    }
}
