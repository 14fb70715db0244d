package id.baku.compliance;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * What other modules add to the monev forms without the compliance module knowing them, such as the
 * printed forms (report module). Implementations are Spring beans building fresh components per call.
 */
public interface MonevExtension {

    default List<Component> monitoringActions(Monitoring monitoring) {
        return List.of();
    }

    default List<Component> evaluationActions(Evaluation evaluation) {
        return List.of();
    }
}
