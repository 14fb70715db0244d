package id.baku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import java.util.function.BooleanSupplier;

/** A dialog with a form, "Simpan" and "Batal"; it closes only when saving succeeded. */
public class EditDialog extends Dialog {

    private final FormLayout form = new FormLayout();

    public EditDialog(String title, BooleanSupplier save) {
        setHeaderTitle(title);
        setWidth("min(640px, 96vw)");
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (save.getAsBoolean()) {
                close();
            }
        });
        saveButton.setId("dialog-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    /** Adds fields to the form; {@code wide} ones take the whole row. */
    public EditDialog fields(Component... fields) {
        form.add(fields);
        return this;
    }

    public EditDialog wide(Component field) {
        form.add(field, 2);
        return this;
    }
}
