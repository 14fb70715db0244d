package id.baku.tenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The edit and delete buttons at the end of a grid row. */
final class RowActions {

    private RowActions() {
    }

    static Component of(Component view, Runnable edit, Runnable delete) {
        Button editButton = new Button(VaadinIcon.EDIT.create(), e -> edit.run());
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        editButton.setAriaLabel(view.getTranslation("action.edit"));
        editButton.setTooltipText(view.getTranslation("action.edit"));
        editButton.addClassName("row-edit");
        HorizontalLayout actions = new HorizontalLayout(editButton);
        if (delete != null) {
            Button deleteButton = new Button(VaadinIcon.TRASH.create(), e -> delete.run());
            deleteButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            deleteButton.setAriaLabel(view.getTranslation("action.delete"));
            deleteButton.setTooltipText(view.getTranslation("action.delete"));
            deleteButton.addClassName("row-delete");
            actions.add(deleteButton);
        }
        actions.setSpacing(false);
        return actions;
    }
}
