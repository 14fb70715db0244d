package id.baku.ratification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.ratification.RatificationService;
import id.baku.ratification.Task;
import id.baku.security.AppRoles;
import id.baku.shared.ui.InboxSection;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** "Tugas saya": the SOPs waiting for the signed-in user — to review, to sign, or returned to fix. */
@Route("tasks")
@Menu(title = "menu.tasks", order = 5, icon = "vaadin:tasks")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class TasksView extends VerticalLayout implements HasDynamicTitle {

    public TasksView(RatificationService ratification, TenantService tenants, List<InboxSection> sections) {
        setWidthFull();
        ZoneId zone = tenants.currentProfile().timeZone().zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale());
        Grid<Task> grid = new Grid<>();
        grid.setId("tasks-grid");
        grid.addComponentColumn(t -> {
            Span badge = new Span(getTranslation(t.kind().labelKey()));
            badge.getElement().setAttribute("theme", "badge");
            if (t.kind() == Task.Kind.RETURNED) {
                badge.getElement().getThemeList().add("error");
            }
            return badge;
        }).setHeader(getTranslation("tasks.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Task::title).setHeader(getTranslation("sop.title")).setFlexGrow(3);
        grid.addColumn(Task::number).setHeader(getTranslation("sop.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> when.format(t.since().atZone(zone))).setHeader(getTranslation("tasks.since"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Task::note).setHeader(getTranslation("tasks.note")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(ratification.myTasks());
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("sop/" + e.getItem().sopId())));
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.tasks")));
        // Other modules' work for this user (steps of running SOPs) comes first when it is due sooner.
        sections.stream().filter(s -> s.order() < 100).sorted(Comparator.comparingInt(InboxSection::order))
                .forEach(s -> s.build().ifPresent(this::add));
        add(new H3(getTranslation("tasks.sop-heading")), new Paragraph(getTranslation("tasks.intro")), grid);
        sections.stream().filter(s -> s.order() >= 100).sorted(Comparator.comparingInt(InboxSection::order))
                .forEach(s -> s.build().ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tasks") + " · Baku";
    }
}
