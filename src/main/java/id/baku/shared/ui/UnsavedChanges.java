package id.baku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * The guard of an editor with unsaved work: leaving inside the app asks first, and so does the
 * browser when the tab is closed or reloaded.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** Installs the browser's question for the view's lifetime. */
    public static void guard(Component view) {
        view.addAttachListener(e -> view.getElement().executeJs("if (!window.bakuUnloadGuard) {"
                + " window.bakuUnloadGuard = true; window.addEventListener('beforeunload', e => {"
                + " if (window.bakuUnsaved) { e.preventDefault(); e.returnValue = ''; } }); }"));
        view.addDetachListener(e -> e.getUI().getPage().executeJs("window.bakuUnsaved = false"));
    }

    /** Tells the browser whether there is unsaved work now. */
    public static void mark(Component view, boolean unsaved) {
        view.getElement().executeJs("window.bakuUnsaved = $0", unsaved);
    }

    /** Postpones a navigation away from unsaved work until the user chooses to leave. */
    public static void confirmLeave(BeforeLeaveEvent event, Component view, String dialogId, String titleKey,
                                    String textKey, String stayKey, String leaveKey) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(dialogId);
        dialog.setHeader(view.getTranslation(titleKey));
        dialog.setText(view.getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation(stayKey));
        dialog.setConfirmText(view.getTranslation(leaveKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            mark(view, false);
            action.proceed();
        });
        dialog.open();
    }
}
