package id.baku.execution.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.baku.execution.ExecutionService;
import id.baku.execution.RunRecord;
import id.baku.execution.StartableSop;
import id.baku.shared.ui.Feedback;

import java.util.List;
import java.util.Map;

/** "Mulai pelaksanaan": which SOP in force, the run's name ("Peliputan HUT Kota Tangerang ke-32") and its reference. */
class StartRunDialog extends Dialog {

    StartRunDialog(ExecutionService execution, Long sopId) {
        setHeaderTitle(getTranslation("run.start.title"));
        setId("run-start-dialog");
        setWidth("min(40rem, 95vw)");
        List<StartableSop> startable = execution.startable();
        ComboBox<StartableSop> sop = new ComboBox<>(getTranslation("run.start.sop"));
        sop.setId("run-start-sop");
        sop.setItems(startable);
        sop.setItemLabelGenerator(StartableSop::label);
        sop.setRequiredIndicatorVisible(true);
        startable.stream().filter(s -> sopId != null && s.sopId() == sopId).findFirst().ifPresent(sop::setValue);
        sop.setReadOnly(sopId != null && sop.getValue() != null);
        TextField title = new TextField(getTranslation("run.start.name"));
        title.setId("run-start-name");
        title.setPlaceholder(getTranslation("run.start.name.placeholder"));
        title.setHelperText(getTranslation("run.start.name.help"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        TextField reference = new TextField(getTranslation("run.start.reference"));
        reference.setId("run-start-reference");
        reference.setHelperText(getTranslation("run.start.reference.help"));
        reference.setMaxLength(200);
        FormLayout form = new FormLayout(sop, title, reference);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button start = new Button(getTranslation("run.start.confirm"), e -> {
            if (sop.getValue() == null) {
                sop.setErrorMessage(getTranslation("validation.required"));
                sop.setInvalid(true);
                return;
            }
            RunRecord[] started = new RunRecord[1];
            if (Feedback.attempt(this, Map.of("title", title, "reference", reference),
                    () -> started[0] = execution.start(sop.getValue().sopId(), title.getValue(), reference.getValue()))) {
                close();
                Feedback.success(getTranslation("run.started", started[0].title()));
                UI.getCurrent().navigate("run/" + started[0].id());
            }
        });
        start.setId("run-start-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
