package id.baku.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.audit.AuditEntry;
import id.baku.audit.AuditService;
import id.baku.audit.ChainCheck;
import id.baku.security.AppRoles;
import id.baku.shared.Texts;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.TenantProfile;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jejak Audit: the pemda's audit events, newest first, and a check that its hash chain is intact —
 * that no event was changed, put in or removed behind Baku's back.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 30, icon = "vaadin:shield")
@RolesAllowed({AppRoles.AUDITOR, AppRoles.TENANT_ADMIN})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE_SIZE = 50;
    private static final List<String> FIRST = List.of("title", "number", "from", "to", "stage", "note");
    private static final Set<String> STATUS_KEYS = Set.of("from", "to");

    private final AuditService audit;
    private final TextField filter = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Div result = new Div();
    private int checks;
    /** The event the last check found broken, marked in the grid. */
    private Long brokenSeq;

    public AuditView(AuditService audit, TenantService tenants) {
        this.audit = audit;
        setSizeFull();
        addClassName("audit-view");
        TenantProfile pemda = tenants.currentProfile();

        filter.setId("audit-filter");
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22em");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE_O.create(), e -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(filter, verify);
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.setId("audit-result");
        result.setVisible(false);

        ZoneId zone = pemda.timeZone().zone();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", getLocale());
        String zoneName = " " + pemda.timeZone().name();
        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::seq).setHeader(getTranslation("audit.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> when.format(e.at().atZone(zone)) + zoneName).setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> label("audit.action." + e.action(), e.action())).setHeader(getTranslation("audit.action"))
                .setFlexGrow(1);
        grid.addColumn(this::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::details).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setPageSize(PAGE_SIZE);
        grid.setPartNameGenerator(e -> brokenSeq != null && e.seq() == brokenSeq ? "audit-broken-row" : null);
        grid.setItems(query -> audit.events(filter.getValue(), query.getPage(), query.getPageSize()).stream());
        grid.setSizeFull();

        add(new H2(getTranslation("menu.audit")), new Paragraph(getTranslation("audit.intro")), toolbar, result, grid);
    }

    private void verify() {
        Feedback.attempt(this, () -> show(audit.verify()));
        grid.getDataProvider().refreshAll();
    }

    /** Green when intact; red with the first broken event and why. */
    private void show(ChainCheck check) {
        brokenSeq = check.brokenSeq();
        result.removeAll();
        result.setClassName("audit-verdict");
        result.addClassName(check.intact() ? "audit-intact" : "audit-broken");
        result.getElement().setAttribute("data-intact", String.valueOf(check.intact()));
        // Tells a browser test that this verdict is new, not the one before.
        result.getElement().setAttribute("data-check", String.valueOf(++checks));
        if (check.intact()) {
            result.add(verdict(VaadinIcon.CHECK_CIRCLE, getTranslation("audit.intact.title"),
                    getTranslation("audit.intact", check.eventsChecked())));
        } else if (check.brokenSeq() == null) {
            result.add(verdict(VaadinIcon.WARNING, getTranslation("audit.broken.title"),
                    getTranslation("audit.broken.no-head")));
        } else {
            result.add(verdict(VaadinIcon.WARNING, getTranslation("audit.broken.title"),
                    getTranslation("audit.broken", check.brokenSeq(), getTranslation(check.reason().labelKey()),
                            check.eventsChecked())));
        }
        result.setVisible(true);
    }

    private Component verdict(VaadinIcon icon, String title, String text) {
        H3 heading = new H3(icon.create(), new Span(title));
        return new Div(heading, new Paragraph(text));
    }

    /** "sop-version:12" reads "Versi SOP 12"; a kind without a label stays as recorded. */
    private String subject(AuditEntry e) {
        int colon = e.subject().indexOf(':');
        if (colon < 0) {
            return e.subject();
        }
        return label("audit.subject." + e.subject().substring(0, colon), e.subject(), e.subject().substring(colon + 1));
    }

    /** The facts people look for first, then the rest by key; statuses by their names. */
    private String details(AuditEntry e) {
        return e.details().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> d) -> rank(d.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(d -> label("audit.detail." + d.getKey(), d.getKey()) + ": " + (STATUS_KEYS.contains(d.getKey())
                        ? label("audit.status." + d.getValue(), d.getValue()) : d.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private static int rank(String key) {
        int rank = FIRST.indexOf(key);
        return rank < 0 ? FIRST.size() : rank;
    }

    /** The label for a code other modules define; one without a label yet shows as the code. */
    private String label(String key, String fallback, Object... args) {
        String text = Texts.get(getLocale(), key, args);
        return text == null ? fallback : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · Baku";
    }
}
