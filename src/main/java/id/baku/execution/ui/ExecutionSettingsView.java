package id.baku.execution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.execution.ExecutionService;
import id.baku.execution.StartableSop;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Pelaksana SOP" for the tenant admin: which jabatan run a Pelaksana that an SOP names as a free label
 * ("Tim Kreatif …"), needed before it can run, and the largest Output attachment the pemda accepts.
 */
@Route("admin/run-settings")
@Menu(title = "menu.run-settings", order = 26, icon = "vaadin:cogs")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class ExecutionSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ExecutionService execution;
    private final List<PositionRecord> positions;
    private final Div mappings = new Div();

    public ExecutionSettingsView(ExecutionService execution, OrganisationService organisation) {
        this.execution = execution;
        this.positions = organisation.listPositions().stream()
                .sorted(Comparator.comparing(PositionRecord::name, String.CASE_INSENSITIVE_ORDER)).toList();
        ComboBox<StartableSop> sop = new ComboBox<>(getTranslation("run.settings.sop"));
        sop.setId("mapping-sop");
        sop.setItems(execution.startable());
        sop.setItemLabelGenerator(StartableSop::label);
        sop.setWidth("40em");
        sop.addValueChangeListener(e -> showMappings(e.getValue()));
        mappings.setId("mapping-list");

        IntegerField limit = new IntegerField(getTranslation("run.settings.limit"));
        limit.setId("attachment-limit");
        limit.setSuffixComponent(new Div("MB"));
        limit.setMin(1);
        limit.setMax(2048);
        limit.setValue(execution.maxAttachmentMb());
        Button saveLimit = new Button(getTranslation("action.save"), e -> {
            if (Feedback.attempt(this, Map.of("maxAttachmentMb", limit),
                    () -> execution.setMaxAttachmentMb(limit.getValue() == null ? 0 : limit.getValue()))) {
                Feedback.success(getTranslation("run.settings.saved"));
            }
        });
        saveLimit.setId("attachment-limit-save");
        HorizontalLayout limitRow = new HorizontalLayout(limit, saveLimit);
        limitRow.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("menu.run-settings")),
                new H3(getTranslation("run.settings.mappings")), new Paragraph(getTranslation("run.settings.mappings.intro")),
                sop, mappings,
                new H3(getTranslation("run.settings.attachments")), limitRow);
    }

    private void showMappings(StartableSop sop) {
        mappings.removeAll();
        if (sop == null) {
            return;
        }
        Map<String, List<Long>> current = execution.mappings(sop.sopId());
        if (current.isEmpty()) {
            mappings.add(new Paragraph(getTranslation("run.settings.no-free-labels")));
            return;
        }
        for (Map.Entry<String, List<Long>> entry : current.entrySet()) {
            MultiSelectComboBox<PositionRecord> chosen = new MultiSelectComboBox<>(entry.getKey());
            chosen.addClassName("mapping-positions");
            chosen.setItems(positions);
            chosen.setItemLabelGenerator(PositionRecord::name);
            chosen.setWidth("40em");
            Set<Long> ids = Set.copyOf(entry.getValue());
            chosen.setValue(positions.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toSet()));
            Button save = new Button(getTranslation("action.save"), e -> {
                if (Feedback.attempt(this, () -> execution.map(sop.sopId(), entry.getKey(),
                        chosen.getValue().stream().map(PositionRecord::id).toList()))) {
                    Feedback.success(getTranslation("run.settings.saved"));
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout row = new HorizontalLayout(chosen, save);
            row.setAlignItems(Alignment.BASELINE);
            mappings.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.run-settings") + " · Baku";
    }
}
