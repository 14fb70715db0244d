package id.baku.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import id.baku.report.PdfFile;
import id.baku.report.RegisterEntry;
import id.baku.report.ReportService;
import id.baku.security.AppRoles;
import id.baku.shared.IndonesianDates;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.OrganisationService;
import id.baku.tenant.UnitRecord;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Daftar SOP: the SOPs in force in a unit, printed as the register the Kabag keeps. */
@Route("sop-register")
@Menu(title = "menu.sop-register", order = 12, icon = "vaadin:list-ol")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class SopRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ComboBox<UnitRecord> unit = new ComboBox<>();
    private final Grid<RegisterEntry> grid = new Grid<>();
    private final Button print = new Button();
    private final Paragraph empty = new Paragraph();

    public SopRegisterView(ReportService reports, OrganisationService organisation) {
        this.reports = reports;
        setSizeFull();
        addClassName("sop-register-view");
        List<UnitRecord> units = organisation.listUnits().stream()
                .sorted(Comparator.comparing(UnitRecord::name, String.CASE_INSENSITIVE_ORDER)).toList();
        unit.setId("register-unit");
        unit.setLabel(getTranslation("report.register.ui.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitRecord::name);
        unit.setWidth("28em");
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(SopRegisterView.class, e.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.simple(Map.of("unit", String.valueOf(e.getValue().id()))));
            }
        });
        print.setText(getTranslation("report.register.ui.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.setId("register-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> printRegister());
        HorizontalLayout bar = new HorizontalLayout(unit, print);
        bar.setAlignItems(Alignment.BASELINE);

        grid.setId("register-grid");
        grid.addColumn(RegisterEntry::number).setHeader(getTranslation("report.register.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegisterEntry::title).setHeader(getTranslation("report.register.title")).setFlexGrow(1);
        grid.addColumn(e -> e.effectiveOn() == null ? "-" : IndonesianDates.format(e.effectiveOn(), getLocale()))
                .setHeader(getTranslation("report.register.effective")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.revision() == 0 ? "-" : String.valueOf(e.revision()))
                .setHeader(getTranslation("report.register.revision")).setAutoWidth(true).setFlexGrow(0);
        empty.setId("register-empty");
        add(new H2(getTranslation("menu.sop-register")), new Paragraph(getTranslation("report.register.ui.intro")), bar,
                empty, grid);
        units.stream().filter(u -> u.parentId() == null).findFirst().ifPresent(unit::setValue);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("unit").ifPresent(id -> {
            try {
                long wanted = Long.parseLong(id);
                unit.getListDataView().getItems().filter(u -> u.id() == wanted).findFirst().ifPresent(unit::setValue);
            } catch (NumberFormatException e) {
                // an edited link: keep the default unit
            }
        });
        refresh();
    }

    private void refresh() {
        UnitRecord chosen = unit.getValue();
        List<RegisterEntry> entries = chosen == null ? List.of() : reports.register(chosen.id());
        grid.setItems(entries);
        print.setEnabled(chosen != null);
        empty.setText(chosen != null && entries.isEmpty() ? getTranslation("report.register.empty") : "");
        empty.setVisible(chosen != null && entries.isEmpty());
    }

    private void printRegister() {
        UnitRecord chosen = unit.getValue();
        if (chosen == null) {
            return;
        }
        PdfFile[] file = new PdfFile[1];
        if (Feedback.attempt(this, () -> file[0] = reports.registerPdf(chosen.id()))) {
            new PdfPreviewDialog(getTranslation("report.register.ui.preview", chosen.name()), null, file[0]).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.sop-register") + " — Baku";
    }
}
