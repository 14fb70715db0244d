package id.baku.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A part of "Tugas saya" that another module adds, such as the steps of running SOPs waiting for
 * the user. Implementations are Spring beans building fresh components on each call; a section
 * with nothing to show for this user returns empty.
 */
public interface InboxSection {

    /** Sections show in this order, lowest first; the ratification tasks are at 100. */
    int order();

    Optional<Component> build();
}
