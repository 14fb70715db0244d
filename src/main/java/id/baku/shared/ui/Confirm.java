package id.baku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot be undone. */
public final class Confirm {

    private Confirm() {
    }

    public static void delete(Component source, String what, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(source.getTranslation("confirm.delete.title"));
        dialog.setText(source.getTranslation("confirm.delete.text", what));
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("action.cancel"));
        dialog.setConfirmText(source.getTranslation("action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }
}
