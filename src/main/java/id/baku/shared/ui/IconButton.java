package id.baku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A small icon-only button (move up, move down, remove…) whose label is read out and shown as the browser's
 * tooltip. The designer has dozens of them; a Vaadin tooltip would be one more server-side element each.
 */
public final class IconButton {

    private IconButton() {
    }

    /** {@code style} is the tertiary variant: {@code LUMO_TERTIARY}, or {@code LUMO_TERTIARY_INLINE} in tight rows. */
    public static Button of(Component owner, VaadinIcon icon, String labelKey, boolean enabled, ButtonVariant style,
                            Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(style, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(owner.getTranslation(labelKey));
        button.getElement().setAttribute("title", owner.getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }
}
