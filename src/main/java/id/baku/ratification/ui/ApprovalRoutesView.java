package id.baku.ratification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.ratification.RatificationService;
import id.baku.ratification.RouteRecord;
import id.baku.security.AppRoles;
import id.baku.shared.ui.Feedback;
import id.baku.shared.ui.OrderedPicker;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.PositionRecord;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alur pengesahan per unit kerja: who reviews a unit's SOPs, in which order, and who signs. Baku
 * reads it from the organisation (unit heads review, the perangkat daerah's head signs); the
 * tenant admin sets a unit's own route where that does not fit.
 */
@Route("admin/approval-routes")
@Menu(title = "menu.approval-routes", order = 25, icon = "vaadin:road-branches")
@RolesAllowed(AppRoles.TENANT_ADMIN)
public class ApprovalRoutesView extends VerticalLayout implements HasDynamicTitle {

    private final RatificationService ratification;
    private final Map<Long, PositionRecord> positions;
    private final Grid<UnitRecord> grid = new Grid<>();
    private final List<UnitRecord> units;
    /** Each unit's route, read once per refresh rather than once per grid cell. */
    private Map<Long, RouteRecord> routes = Map.of();

    public ApprovalRoutesView(RatificationService ratification, OrganisationService organisation) {
        this.ratification = ratification;
        this.positions = organisation.listPositions().stream()
                .collect(Collectors.toMap(PositionRecord::id, Function.identity()));
        setSizeFull();
        grid.setId("routes-grid");
        grid.addColumn(UnitRecord::name).setHeader(getTranslation("sop.unit")).setFlexGrow(2);
        grid.addColumn(u -> reviewers(routes.get(u.id()))).setHeader(getTranslation("routes.reviewers"))
                .setFlexGrow(3);
        grid.addColumn(u -> name(routes.get(u.id()).signerPositionId())).setHeader(getTranslation("routes.signer"))
                .setFlexGrow(2);
        grid.addComponentColumn(u -> {
            Span badge = new Span(getTranslation(routes.get(u.id()).configured() ? "routes.own" : "routes.default"));
            badge.getElement().setAttribute("theme", "badge");
            return badge;
        }).setHeader(getTranslation("routes.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        units = organisation.listUnits();
        refresh();
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        add(new H2(getTranslation("menu.approval-routes")), new Paragraph(getTranslation("routes.intro")), grid);
    }

    private void refresh() {
        routes = ratification.routes();
        grid.setItems(units);
    }

    private String reviewers(RouteRecord route) {
        return route.reviewerPositionIds().isEmpty() ? getTranslation("routes.no-reviewers")
                : route.reviewerPositionIds().stream().map(this::name).collect(Collectors.joining(" → "));
    }

    private String name(Long positionId) {
        PositionRecord p = positionId == null ? null : positions.get(positionId);
        return p == null ? "—" : p.name();
    }

    private void edit(UnitRecord unit) {
        RouteRecord route = ratification.route(unit.id());
        Dialog dialog = new Dialog();
        dialog.setId("route-dialog");
        dialog.setHeaderTitle(getTranslation("routes.edit", unit.name()));
        dialog.setWidth("min(640px, 96vw)");
        List<Long> choices = positions.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(PositionRecord::id).toList();
        OrderedPicker<Long> reviewers = new OrderedPicker<>(getTranslation("routes.reviewers"), choices, this::name, null)
                .withId("route-reviewers");
        reviewers.setHelperText(getTranslation("routes.reviewers.help"));
        reviewers.setValue(route.reviewerPositionIds());
        ComboBox<Long> signer = new ComboBox<>(getTranslation("routes.signer"));
        signer.setId("route-signer");
        signer.setItems(choices);
        signer.setItemLabelGenerator(this::name);
        signer.setWidthFull();
        signer.setValue(route.signerPositionId());
        dialog.add(new Paragraph(getTranslation(route.configured() ? "routes.is-own" : "routes.is-default")), reviewers,
                signer);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Feedback.attempt(this, Map.of("reviewers", reviewers, "signer", signer),
                    () -> ratification.configureRoute(unit.id(), reviewers.getValue(), signer.getValue()))) {
                dialog.close();
                Feedback.success(getTranslation("routes.saved"));
                refresh();
            }
        });
        save.setId("route-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("routes.reset"), e -> {
            if (Feedback.attempt(this, () -> ratification.configureRoute(unit.id(), null, null))) {
                dialog.close();
                Feedback.success(getTranslation("routes.reset.done"));
                refresh();
            }
        });
        reset.setId("route-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setEnabled(route.configured());
        dialog.getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.approval-routes") + " · Baku";
    }
}
