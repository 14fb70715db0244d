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

    /** Asks before an action that cannot be taken back (signing a form); the confirm button repeats the action's name. */
    public static void action(Component source, String dialogId, String titleKey, String textKey, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(dialogId);
        dialog.setHeader(source.getTranslation(titleKey));
        dialog.setText(source.getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("action.cancel"));
        dialog.setConfirmText(source.getTranslation(titleKey));
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }
}
