package id.baku.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.baku.design.DesignerExtension;
import id.baku.design.SopVersionRecord;
import id.baku.design.VersionStatus;
import id.baku.execution.ExecutionService;
import org.springframework.core.annotation.Order;

import java.util.List;

/** "Jalankan" in the designer of an SOP in force: starts a run of it. */
@org.springframework.stereotype.Component
@Order(50)
class StartRunAction implements DesignerExtension {

    private final ExecutionService execution;

    StartRunAction(ExecutionService execution) {
        this.execution = execution;
    }

    @Override
    public List<Component> actions(SopVersionRecord version, Context context) {
        if (version.status() != VersionStatus.EFFECTIVE) {
            return List.of();
        }
        Button run = new Button(UI.getCurrent().getTranslation("run.start.action"), VaadinIcon.PLAY.create(),
                e -> new StartRunDialog(execution, version.sopId()).open());
        run.setId("sop-run");
        run.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return List.of(run);
    }
}
