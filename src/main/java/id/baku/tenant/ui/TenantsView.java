package id.baku.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.baku.security.AppRoles;
import id.baku.shared.IndonesianDates;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.NewTenant;
import id.baku.tenant.PaperSize;
import id.baku.tenant.TenantKind;
import id.baku.tenant.TenantService;
import id.baku.tenant.TenantSummary;
import id.baku.tenant.TimeZoneCode;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** The platform admin's list of pemda, and setting up a new one with its first tenant admin. */
@Route("platform/tenants")
@Menu(title = "menu.tenants", order = 90, icon = "vaadin:globe")
@RolesAllowed(AppRoles.PLATFORM_ADMIN)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId JAKARTA = TimeZoneCode.WIB.zone();

    private final TenantService tenants;
    private final Grid<TenantSummary> grid = new Grid<>();

    public TenantsView(TenantService tenants) {
        this.tenants = tenants;
        addClassName("admin-view");
        setSizeFull();
        Button add = new Button(getTranslation("tenants.add"), VaadinIcon.PLUS.create(), e -> openNew());
        add.setId("tenant-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("tenants-grid");
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenants.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(TenantSummary::code).setHeader(getTranslation("tenants.code")).setFlexGrow(1).setSortable(true);
        grid.addColumn(t -> getTranslation(t.kind().labelKey())).setHeader(getTranslation("tenants.kind")).setAutoWidth(true);
        grid.addColumn(t -> IndonesianDates.format(t.createdAt().atZone(JAKARTA).toLocalDate(), getLocale()))
                .setHeader(getTranslation("tenants.created")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        add(new H2(getTranslation("menu.tenants")), new Paragraph(getTranslation("tenants.intro")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(tenants.listTenants());
    }

    private void openNew() {
        TextField name = new TextField(getTranslation("tenants.name"));
        name.setPlaceholder("Pemerintah Kabupaten …");
        name.setRequiredIndicatorVisible(true);
        name.setId("tenant-name");
        name.setMaxLength(200);
        TextField code = new TextField(getTranslation("tenants.code"));
        code.setHelperText(getTranslation("tenants.code.help"));
        code.setRequiredIndicatorVisible(true);
        code.setId("tenant-code");
        code.setMaxLength(64);
        name.addValueChangeListener(e -> {
            if (code.isEmpty() || code.getValue().equals(suggestCode(e.getOldValue()))) {
                code.setValue(suggestCode(e.getValue()));
            }
        });
        Select<TenantKind> kind = new Select<>();
        kind.setLabel(getTranslation("tenants.kind"));
        kind.setItems(TenantKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(TenantKind.KABUPATEN);
        Select<TimeZoneCode> timeZone = new Select<>();
        timeZone.setLabel(getTranslation("profile.time-zone"));
        timeZone.setItems(TimeZoneCode.values());
        timeZone.setItemLabelGenerator(z -> getTranslation("time-zone." + z.name().toLowerCase(Locale.ROOT)));
        timeZone.setValue(TimeZoneCode.WIB);
        Select<PaperSize> paper = new Select<>();
        paper.setLabel(getTranslation("profile.paper-size"));
        paper.setItems(PaperSize.values());
        paper.setItemLabelGenerator(p -> getTranslation("paper." + p.name().toLowerCase(Locale.ROOT)));
        paper.setValue(PaperSize.A4);
        TextField adminUsername = new TextField(getTranslation("tenants.admin-username"));
        adminUsername.setRequiredIndicatorVisible(true);
        adminUsername.setId("tenant-admin-username");
        adminUsername.setHelperText(getTranslation("users.username.help"));
        TextField adminName = new TextField(getTranslation("tenants.admin-name"));
        adminName.setRequiredIndicatorVisible(true);
        adminName.setId("tenant-admin-name");
        PasswordField adminPassword = new PasswordField(getTranslation("tenants.admin-password"));
        adminPassword.setRequiredIndicatorVisible(true);
        adminPassword.setId("tenant-admin-password");
        adminPassword.setHelperText(getTranslation("users.password.help", 8));

        EditDialog dialog = new EditDialog(getTranslation("tenants.new"), () -> Feedback.attempt(this,
                Map.of("name", name, "code", code, "adminUsername", adminUsername, "username", adminUsername,
                        "fullName", adminName, "password", adminPassword),
                () -> {
                    TenantSummary created = tenants.createTenant(new NewTenant(code.getValue(), name.getValue(),
                            kind.getValue(), timeZone.getValue(), paper.getValue(), adminUsername.getValue(),
                            adminName.getValue(), adminPassword.getValue()));
                    Feedback.success(getTranslation("tenants.created-message", created.name()));
                    refresh();
                }));
        dialog.wide(name).fields(code, kind, timeZone, paper, adminUsername, adminName, adminPassword);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.tenants") + " · Baku";
    }

    /** "Pemerintah Kabupaten Lamandau" → "kabupaten-lamandau". */
    static String suggestCode(String name) {
        if (name == null) {
            return "";
        }
        return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^pemerintah\\s+", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
