package id.baku.tenant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.baku.security.AppRole;
import id.baku.security.AppRoles;
import id.baku.security.CurrentUser;
import id.baku.shared.ui.EditDialog;
import id.baku.shared.ui.Feedback;
import id.baku.tenant.ApiTokenRecord;
import id.baku.tenant.ApiTokenService;
import id.baku.tenant.CreatedApiToken;
import id.baku.tenant.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Token API: every user of a pemda creates and revokes their personal API tokens; the tenant
 * admin also sees and can revoke every token of the pemda. A new token's secret shows once.
 */
@Route("tokens")
@Menu(title = "token.menu", order = 80, icon = "vaadin:key")
@RolesAllowed({AppRoles.TENANT_ADMIN, AppRoles.SOP_AUTHOR, AppRoles.REVIEWER, AppRoles.SIGNER, AppRoles.STAFF,
        AppRoles.AUDITOR})
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;
    private final ZoneId zone;
    private final Grid<ApiTokenRecord> mine = new Grid<>();
    private final Grid<ApiTokenRecord> tenant = new Grid<>();
    private final boolean admin;

    public ApiTokensView(ApiTokenService tokens, TenantService tenants, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.zone = tenants.currentProfile().timeZone().zone();
        this.admin = CurrentUser.require().hasRole(AppRole.TENANT_ADMIN);
        addClassName("admin-view");
        setSizeFull();

        Button create = new Button(getTranslation("token.create"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mine.setId("my-tokens-grid");
        columns(mine, false);
        VerticalLayout mySection = new VerticalLayout(create, mine);
        mySection.setPadding(false);
        mySection.setSizeFull();

        add(new H2(getTranslation("token.title")), new Paragraph(getTranslation("token.intro", "/api/v1/sops",
                "/api/v1/openapi.json")));
        if (admin) {
            tenant.setId("tenant-tokens-grid");
            columns(tenant, true);
            TabSheet tabs = new TabSheet();
            tabs.setId("token-tabs");
            tabs.add(getTranslation("token.tab.mine"), mySection).setId("token-tab-mine");
            tabs.add(getTranslation("token.tab.tenant"), tenant).setId("token-tab-tenant");
            tabs.setSizeFull();
            add(tabs);
        } else {
            add(mySection);
        }
        refresh();
    }

    /** The pemda-wide list shows owners instead of expiry dates, so both fit a laptop screen. */
    private void columns(Grid<ApiTokenRecord> grid, boolean withOwner) {
        if (withOwner) {
            grid.addColumn(t -> t.ownerName() + " (" + t.username() + ")").setHeader(getTranslation("token.owner"))
                    .setWidth("12em").setFlexGrow(3).setSortable(true);
        }
        grid.addColumn(ApiTokenRecord::name).setHeader(getTranslation("token.name")).setWidth("10em").setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix")).setWidth("7em").setFlexGrow(0);
        grid.addColumn(t -> dateTime(t.createdAt())).setHeader(getTranslation("token.created")).setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.never") : dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("token.last-used")).setWidth("10em").setFlexGrow(0);
        if (!withOwner) {
            grid.addColumn(t -> t.expiresAt() == null ? getTranslation("token.no-expiry") : dateTime(t.expiresAt()))
                    .setHeader(getTranslation("token.expires-at")).setWidth("10em").setFlexGrow(0);
        }
        grid.addComponentColumn(this::status).setHeader(getTranslation("token.status")).setWidth("7.5em").setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setWidth("5.5em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
    }

    private Span status(ApiTokenRecord token) {
        Span badge = new Span(getTranslation(token.status().labelKey()));
        badge.getElement().setAttribute("theme", "badge");
        badge.getElement().getThemeList().add(token.active() ? "success" : "contrast");
        badge.addClassName("token-status");
        return badge;
    }

    private Component revokeButton(ApiTokenRecord token) {
        if (!token.active()) {
            return new Span();
        }
        Button revoke = new Button(VaadinIcon.BAN.create(), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(getTranslation("token.revoke"));
        revoke.setTooltipText(getTranslation("token.revoke"));
        revoke.addClassName("token-revoke");
        revoke.getElement().setAttribute("data-token", token.name());
        return revoke;
    }

    private void refresh() {
        mine.setItems(tokens.listMine());
        if (admin) {
            tenant.setItems(tokens.listTenant());
        }
    }

    private void openCreate() {
        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
        name.setHelperText(getTranslation("token.name.help", ApiTokenService.MAX_NAME_LENGTH));
        DatePicker expires = new DatePicker(getTranslation("token.expires"));
        expires.setId("token-expires");
        expires.setLocale(getLocale());
        expires.setI18n(datePickerTexts());
        expires.setMin(LocalDate.now(clock.withZone(zone)));
        expires.setHelperText(getTranslation("token.expires.help"));
        EditDialog dialog = new EditDialog(getTranslation("token.new"), () -> Feedback.attempt(this,
                Map.of("name", name, "expiresOn", expires), () -> {
                    CreatedApiToken created = tokens.create(name.getValue(), expires.getValue());
                    refresh();
                    showSecret(created);
                }));
        dialog.wide(name).wide(expires);
        dialog.open();
        name.focus();
    }

    /** The only time the secret is shown: the dialog closes only on purpose, and says so. */
    private void showSecret(CreatedApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("token-secret-dialog");
        dialog.setHeaderTitle(getTranslation("token.secret.title", created.token().name()));
        dialog.setWidth("min(720px, 96vw)");
        dialog.setCloseOnOutsideClick(false);
        dialog.setCloseOnEsc(false);

        Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("token.secret.warning")));
        warning.setId("token-secret-warning");
        warning.addClassName("token-secret-warning");
        warning.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)")
                .set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        TextField secret = new TextField(getTranslation("token.secret.label"));
        secret.setId("token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText(getTranslation("token.secret.copy-hint"));
        Button copy = new Button(getTranslation("token.secret.copy"), VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.secret());
            Feedback.success(getTranslation("token.secret.copied"));
        });
        copy.setId("token-copy");
        Pre example = new Pre("curl -H 'Authorization: Bearer " + created.secret() + "' " + baseUrl() + "/api/v1/sops");
        example.setId("token-example");
        example.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        dialog.add(new VerticalLayout(warning, secret, copy, new Span(getTranslation("token.secret.example")), example));

        Button done = new Button(getTranslation("token.secret.done"), e -> dialog.close());
        done.setId("token-secret-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    private void confirmRevoke(ApiTokenRecord token) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("token.revoke.title"));
        dialog.setText(getTranslation("token.revoke.text", token.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button confirm = new Button(getTranslation("token.revoke"), e -> {
            dialog.close();
            if (Feedback.attempt(this, () -> tokens.revoke(token.id()))) {
                Feedback.success(getTranslation("token.revoked", token.name()));
            }
            refresh();
        });
        confirm.setId("token-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(confirm);
        dialog.open();
    }

    /** This server's address as the browser reached it, for the example. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }

    /** Short, in the pemda's time zone: "26 Nov 2026 02:11". */
    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", getLocale()).format(instant.atZone(zone));
    }

    /** The date picker ships English only; month and day names come from the JDK, the buttons from the bundles. */
    private DatePicker.DatePickerI18n datePickerTexts() {
        var locale = getLocale();
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<java.time.DayOfWeek> sundayFirst = List.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("token.date.today"))
                .setCancel(getTranslation("token.date.cancel"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.title") + " · Baku";
    }
}
