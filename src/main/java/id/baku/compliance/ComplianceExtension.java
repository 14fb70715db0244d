package id.baku.compliance;

import com.vaadin.flow.component.Component;

import java.util.List;

/**
 * What other modules add to the compliance dashboard without it knowing them, such as the printed
 * compliance report (report module). Implementations are Spring beans building fresh components per call.
 */
public interface ComplianceExtension {

    /** Buttons or links for the figures of this filter. */
    List<Component> actions(ComplianceFilter filter);
}
