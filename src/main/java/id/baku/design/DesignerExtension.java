package id.baku.design;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * What other modules add to the SOP designer without the designer knowing them, such as the
 * ratification actions (Ajukan, Setujui, Sahkan…) and the version's history. Implementations are
 * Spring beans that build fresh components for each call.
 */
public interface DesignerExtension {

    /** Buttons for the designer's header. */
    List<Component> actions(SopVersionRecord version, Context context);

    /** Extra tabs beside Identitas and Langkah: their titles and contents; none unless a module adds some. */
    default List<Tab> tabs(SopVersionRecord version) {
        return List.of();
    }

    record Tab(String id, String title, Component content) {
    }

    /**
     * @param reload  rebuilds the designer from the newest version after a change
     * @param unsaved whether the author has changes on screen that are not saved yet
     * @param saved   the version as last saved (its optimistic-lock counter moves with every save)
     */
    record Context(Runnable reload, java.util.function.BooleanSupplier unsaved,
                   java.util.function.Supplier<SopVersionRecord> saved) {
    }
}
